namespace GovBot.Ingestion.Extraction;

internal enum MentionKind
{
    Name,
    Pronoun,
    Description,
}

/// <summary>How a text refers to a speaker at one place: a name (with any title found around it), a pronoun or a description.</summary>
internal sealed record Mention(
    MentionKind Kind,
    string Text,
    int Start,
    int End,
    string? Title = null,
    string? Organization = null,
    string? Country = null,
    bool? Female = null,
    bool Indefinite = false)
{
    /// <summary>Where the whole subject phrase starts, titles included ("Health Minister Paulo Ribeiro").</summary>
    public int PhraseStart { get; init; } = Start;

    /// <summary>
    /// The phrase stands where only a speaker fits, right after a quotation ("…," Marlow said) or as the subject of a
    /// sentence that reports speech: a lone capitalised word there is a surname even if the text never gives the full name.
    /// </summary>
    public bool Anchored { get; init; }
}
