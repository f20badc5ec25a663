namespace GovBot.FakeDiscord;

/// <summary>How a gateway connection ended. <see cref="Code"/> is null when the socket dropped without a close frame;
/// <see cref="ClosedByClient"/> says who ended it first (a drop by the fake counts as the server's).</summary>
public sealed record GatewayClose(int ConnectionNumber, int? Code, string Reason, bool ClosedByClient, DateTimeOffset At);
