using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// A run of text between quotation marks inside one paragraph. <see cref="Group"/> ties together the paragraphs of one
/// multi-paragraph quotation and the pieces of a quote split around its attribution share a paragraph.
/// </summary>
internal sealed record QuoteSpan(int Paragraph, TextSpan Marks, TextSpan Content, int Group, bool Closed)
{
    public string? Speaker { get; set; }
    public string? Cue { get; set; }
}
