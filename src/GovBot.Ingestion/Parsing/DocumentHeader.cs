namespace GovBot.Ingestion.Parsing;

/// <summary>Metadata from a header block, or inferred from the headline, byline and dateline of raw article text.</summary>
public sealed record DocumentHeader(
    string Title,
    string? Source,
    string? FullSource,
    string? Date,
    string? Url,
    string? Licence,
    string? Place);
