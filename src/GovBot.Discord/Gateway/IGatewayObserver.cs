namespace GovBot.Discord.Gateway;

/// <summary>Hooks the host uses to follow the connection (health file, registration) without the transport knowing them.</summary>
public interface IGatewayObserver
{
    void HeartbeatAcknowledged();

    Task ReadyAsync(string applicationId, CancellationToken ct);
}
