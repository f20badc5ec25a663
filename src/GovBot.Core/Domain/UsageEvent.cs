namespace GovBot.Core.Domain;

public sealed class UsageEvent
{
    public long Id { get; set; }
    public DateTime TimeUtc { get; set; }
    public string Surface { get; set; } = "terminal";
    public string? GuildId { get; set; }
    public string? ChannelId { get; set; }

    /// <summary>The user id as a keyed hash (or the id itself when the operator chose to store ids).</summary>
    public string? User { get; set; }

    public string Command { get; set; } = "";
    public string Options { get; set; } = "";
    public string Outcome { get; set; } = "";
    public int ResultCount { get; set; }
    public double LatencyMs { get; set; }
}
