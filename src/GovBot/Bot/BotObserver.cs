using GovBot.Discord;
using GovBot.Discord.Gateway;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using GovBot.Health;
using Microsoft.Extensions.Options;

namespace GovBot.Bot;

/// <summary>Follows the transport for the host: touches the heartbeat file and registers commands when Discord is reachable.</summary>
public sealed class BotObserver(HeartbeatFile heartbeat, CommandRegistrar registrar, IOptions<DiscordOptions> options,
    Discord.Rest.DiscordRestClient rest, TimeProvider time) : IGatewayObserver, IGatewayObserverAdapter
{
    private int registered;

    public void HeartbeatAcknowledged() => heartbeat.Touch();

    public async Task ReadyAsync(string applicationId, CancellationToken ct)
    {
        heartbeat.Touch();
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            await registrar.RegisterAsync(applicationId, ct);
        }
    }

    public async Task EndpointStartedAsync(CancellationToken ct)
    {
        heartbeat.Touch();
        _ = KeepAliveAsync(ct);
        var applicationId = options.Value.ApplicationId ?? await rest.GetApplicationIdAsync(ct);
        if (applicationId is not null)
        {
            await ReadyAsync(applicationId, ct);
        }
    }

    /// <summary>There are no heartbeats in endpoint mode; the running endpoint refreshes the file itself.</summary>
    private async Task KeepAliveAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), time);
        while (await timer.WaitForNextTickAsync(CancellationToken.None))
        {
            heartbeat.Touch();
        }

        _ = ct;
    }
}
