namespace GovBot.Discord.Http;

/// <summary>Lets the host register commands once the endpoint is up (there is no READY in endpoint mode).</summary>
public interface IGatewayObserverAdapter
{
    Task EndpointStartedAsync(CancellationToken ct);
}
