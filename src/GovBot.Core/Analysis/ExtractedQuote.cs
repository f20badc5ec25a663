using GovBot.Core.Domain;

namespace GovBot.Core.Analysis;

/// <summary>A statement found in the text. <see cref="Speaker"/> is a full name, an unnamed-source description, or null.</summary>
public sealed record ExtractedQuote(
    string Text,
    string? Speaker,
    QuoteKind Kind,
    int Start,
    int End,
    string? Cue)
{
    /// <summary>Key phrases the statement mentions, for search and browsing.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
