using Microsoft.Extensions.Configuration;

namespace GovBot;

/// <summary>
/// Starts the bot. The Discord transport is not part of this build yet, so the host explains how to use GovBot
/// from the terminal instead of pretending to connect.
/// </summary>
public static class BotHost
{
    public const int ExitNotConfigured = 2;

    public static Task<int> RunAsync(string[] args, TextWriter error)
    {
        var builder = HostingExtensions.CreateBuilder(args, quietConsole: true);
        var token = builder.Configuration["Discord:Token"] ?? Environment.GetEnvironmentVariable("DISCORD_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            error.WriteLine("GovBot cannot start the Discord bot: no token is configured.");
            error.WriteLine("Set the environment variable Discord__Token (or DISCORD_TOKEN) to your bot token.");
        }
        else
        {
            error.WriteLine("GovBot cannot start the Discord bot: this build has no Discord transport yet.");
        }

        error.WriteLine("Meanwhile every lookup works in the terminal; run `GovBot --help` for the verbs, for example:");
        error.WriteLine("  GovBot quote \"arms race\"    GovBot speaker Long    GovBot summary \"shared future\"");
        return Task.FromResult(ExitNotConfigured);
    }
}
