namespace GovBot.FakeDiscord;

/// <summary>One payload a client sent over a gateway connection. <see cref="Op"/> is -1 when it was not a JSON object
/// with an integer <c>op</c>.</summary>
public sealed record GatewayFrame(int ConnectionNumber, int Op, string Json, DateTimeOffset ReceivedAt);
