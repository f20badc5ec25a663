using GovBot.Core.Domain;

namespace GovBot.Core.Analysis;

/// <summary>Everything extraction learns from one document's text. Offsets refer to the text exactly as given.</summary>
public sealed record ArticleAnalysis(
    string Title,
    string? Source,
    string? Date,
    string? Url,
    string? Licence,
    string? Place,
    ArticleKind Kind,
    string Summary,
    IReadOnlyList<ExtractedSpeaker> Speakers,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<string> Topics,
    int ExtractorVersion)
{
    /// <summary>The country whose government publishes through the source (White House → United States), if known.</summary>
    public string? SourceCountry { get; init; }
}
