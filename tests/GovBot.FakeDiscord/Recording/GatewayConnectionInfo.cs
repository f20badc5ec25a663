namespace GovBot.FakeDiscord;

/// <summary>Where a client opened a gateway connection: <see cref="Path"/> is <c>/gateway</c> for the URL from
/// <c>/gateway/bot</c> and <c>/gateway-resume</c> for READY's <c>resume_gateway_url</c>; <see cref="Query"/> has no <c>?</c>.</summary>
public sealed record GatewayConnectionInfo(int ConnectionNumber, string Path, string Query, DateTimeOffset OpenedAt);
