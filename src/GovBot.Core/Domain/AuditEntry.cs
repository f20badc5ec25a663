namespace GovBot.Core.Domain;

/// <summary>One moderator action: who, when, what, and the state before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime TimeUtc { get; set; }

    /// <summary>The moderator's Discord user id ("terminal" for the command line): accountability needs the real id.</summary>
    public string Moderator { get; set; } = "";

    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
