namespace GovBot.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The heartbeat file; empty means "govbot.heartbeat" beside the store.</summary>
    public string? HeartbeatPath { get; set; }

    /// <summary>How old the heartbeat may be before the bot counts as unhealthy.</summary>
    public int MaxAgeSeconds { get; set; } = 120;
}
