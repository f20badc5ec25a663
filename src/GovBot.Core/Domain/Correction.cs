namespace GovBot.Core.Domain;

public enum CorrectionKind
{
    SpeakerEdit,
    QuoteHide,
    SpeakerMerge,
}

/// <summary>
/// A moderator's correction, kept apart from extracted data and applied whenever an article is saved, so that
/// re-extraction never undoes it.
/// </summary>
public sealed class Correction
{
    /// <summary>"speaker:{id}", "merge:{id}" or "hide:{document}:{text hash}": one correction per target.</summary>
    public string Id { get; set; } = "";

    public CorrectionKind Kind { get; set; }
    public string? SpeakerId { get; set; }

    /// <summary>For a merge: the profile <see cref="SpeakerId"/> becomes part of, and its name at the time.</summary>
    public string? MergeIntoId { get; set; }

    public string? MergeIntoName { get; set; }
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? Country { get; set; }
    public string? Document { get; set; }
    public string? TextHash { get; set; }
    public DateTime TimeUtc { get; set; }
    public string Moderator { get; set; } = "";

    public static string HashOf(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.Trim())))[..32];
}
