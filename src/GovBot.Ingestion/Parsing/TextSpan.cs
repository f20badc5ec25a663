namespace GovBot.Ingestion.Parsing;

/// <summary>A half-open character range [Start, End) in the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text[Start..End];
}
