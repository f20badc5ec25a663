using GovBot.Bot;
using GovBot.Discord;
using GovBot.Discord.Gateway;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using GovBot.Usage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovBot;

/// <summary>Starts the bot: store ready first, then the Discord transport; exits non-zero if Discord refuses it for good.</summary>
public static class BotHost
{
    public const int ExitNotConfigured = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        var builder = HostingExtensions.CreateBuilder(args, quietConsole: false);
        var token = builder.Configuration["Discord:Token"] ?? Environment.GetEnvironmentVariable("DISCORD_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            error.WriteLine("GovBot cannot start the Discord bot: no token is configured.");
            error.WriteLine("Set the environment variable Discord__Token (or DISCORD_TOKEN) to your bot token.");
            error.WriteLine("Meanwhile every lookup works in the terminal; run `GovBot --help` for the verbs, for example:");
            error.WriteLine("  GovBot quote \"arms race\"    GovBot speaker Long    GovBot summary \"shared future\"");
            return ExitNotConfigured;
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(8));
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddHostedService<Maintenance.UsageRetentionService>();
        builder.Services.AddBackgroundUsageWriter();
        builder.Services.AddSingleton<BotObserver>();
        builder.Services.AddSingleton<IGatewayObserver>(sp => sp.GetRequiredService<BotObserver>());
        builder.Services.AddSingleton<IGatewayObserverAdapter>(sp => sp.GetRequiredService<BotObserver>());
        builder.Services.AddSingleton<IRegistrationState, StoreRegistrationState>();
        builder.AddDiscordTransport();

        try
        {
            using var host = builder.Build();
            var exit = host.Services.GetRequiredService<GatewayExit>();
            await host.RunAsync();
            return exit.Code ?? 0;
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine("GovBot cannot start: " + string.Join(" ", ex.Failures));
            return ExitNotConfigured;
        }
    }
}
