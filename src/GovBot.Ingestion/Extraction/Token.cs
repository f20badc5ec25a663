namespace GovBot.Ingestion.Extraction;

/// <summary>A word or punctuation mark with its offsets in the document text.</summary>
internal readonly record struct Token(string Text, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsPunct(char c) => Text.Length == 1 && Text[0] == c;

    public bool IsQuoteMark => Text.Length == 1 && Text[0] is '"' or '“' or '”';

    public string Lower => Text.ToLowerInvariant();
}
