namespace GovBot.Discord;

public enum DiscordMode
{
    Gateway,
    Http,
}

/// <summary>Discord settings, from <c>Discord__*</c> environment variables; validated at start-up by <see cref="DiscordOptionsValidator"/>.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public string? Token { get; set; }
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";
    public string? GuildId { get; set; }
    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;
    public string? PublicKey { get; set; }
    public string? ApplicationId { get; set; }
    public int ShardId { get; set; }
    public int ShardCount { get; set; } = 1;

    /// <summary>Where the HTTP interactions endpoint listens in <see cref="DiscordMode.Http"/>.</summary>
    public string HttpListenUrl { get; set; } = "http://0.0.0.0:8080";

    /// <summary>How long an answer may take before the interaction is deferred (Discord allows 3 s for the first response).</summary>
    public int DeferAfterMs { get; set; } = 1500;

    /// <summary>How long in-flight interactions may run on at shutdown.</summary>
    public int ShutdownGraceMs { get; set; } = 5000;

    public Uri ApiBase => new(ApiBaseUrl.TrimEnd('/') + "/");
}
