namespace GovBot.Core.Domain;

/// <summary>One thing somebody said: a direct quote, reported speech, a transcript turn or a speech paragraph.</summary>
public sealed class Statement
{
    public long Id { get; set; }
    public long ArticleId { get; set; }

    /// <summary>Profile id of a named speaker; null for unnamed sources.</summary>
    public string? SpeakerId { get; set; }

    /// <summary>The full name, or the description of an unnamed source ("senior administration official").</summary>
    public string SpeakerLabel { get; set; } = "";

    public string Text { get; set; } = "";
    public QuoteKind Kind { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Cue { get; set; }
    public string? Date { get; set; }

    /// <summary>The speaker's country, or for unnamed and institutional statements the publishing government's.</summary>
    public string? Country { get; set; }

    /// <summary>The speaker's title and organisation as this article gives them, for questions that name a role.</summary>
    public string? SpeakerRole { get; set; }
    public List<string> Topics { get; set; } = [];
}
