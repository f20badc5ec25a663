namespace GovBot.Discord.Rest;

/// <summary>What <c>GET /gateway/bot</c> says: where to connect and how many identifies are left in the window.</summary>
public sealed record GatewayInfo(Uri Url, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
