namespace GovBot.Ingestion.Parsing;

/// <summary>The header and the body paragraphs, as spans of the untouched text (furniture and datelines left out).</summary>
public sealed record ParsedDocument(string Text, DocumentHeader Header, IReadOnlyList<TextSpan> Paragraphs)
{
    public string ParagraphText(int index) => Paragraphs[index].Of(Text);
}
