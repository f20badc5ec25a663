using System.Runtime.InteropServices;
using GovBot.Bot;
using GovBot.Cli;
using GovBot.Discord;
using GovBot.Discord.Gateway;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using GovBot.Hosting;
using GovBot.Seeding;
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
            // Settings and the store are checked before the host starts, so a bad setting, a store in use or a full
            // disk ends in one sentence rather than in the host's start-up failure log with its stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            if (!await PrepareStoreAsync(host.Services))
            {
                return 0;
            }

            var exit = host.Services.GetRequiredService<GatewayExit>();
            await host.RunAsync();
            return exit.Code ?? 0;
        }
        catch (Exception ex)
        {
            return FailureReport.Write(ex, builder.Configuration, error);
        }
    }

    /// <summary>Opens, seeds and indexes the store; false when SIGTERM or Ctrl+C asked to stop meanwhile.</summary>
    private static async Task<bool> PrepareStoreAsync(IServiceProvider services)
    {
        using var stopping = new CancellationTokenSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            await Task.Run(() => services.GetRequiredService<DatabaseSeeder>().EnsureReady(stopping.Token), stopping.Token);
            StartupMemory.Release();
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }
    }
}
