namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A reporting clause set between commas inside the sentence it reports: "The question of whether to reopen the dock before
/// winter, she said, is not settled." The words on both sides are one statement, so the statement is the whole sentence
/// with the cue inside it (its text stays the file's text between its start and end); one side alone is often a subject
/// without its verb or a predicate without its subject.
/// </summary>
internal static class AsideCue
{
    /// <summary>One word before the aside is an opener or a bare topic ("Still, he said, …", "China, he said, …"): the side after it reads alone.</summary>
    private const int MinWordsBefore = 2;

    private const int MinWordsAfter = 2;

    /// <summary>
    /// Whether the cue whose subject follows the comma at <paramref name="comma"/> and whose verb at <paramref name="verb"/> is
    /// followed by a comma reports the whole sentence from <paramref name="first"/> to <paramref name="last"/>: enough words on
    /// both sides, and the words after it neither an aside about the cue ("…, she said, on a harbour radio show …") nor a clause
    /// joined to the one before ("…, she said, and the board …"), which leave the words before it as the statement.
    /// </summary>
    public static bool SpansSentence(List<Token> toks, int first, int comma, int verb, int last) =>
        comma > first && toks[comma].IsPunct(',') && verb + 1 < last && toks[verb + 1].IsPunct(',') &&
        TokenCounts.Words(toks, first, comma - 1) >= MinWordsBefore && TokenCounts.Words(toks, verb + 2, last) >= MinWordsAfter &&
        !OpensWithScene(toks, first, comma) &&
        !CueTail.AsideAfterComma(toks, first, comma, verb + 2, last) && !ReportedTail.BeforeJoinedClause(toks, first, comma, verb, last);

    /// <summary>Words that open a clause telling when or how the words were said, not what was said.</summary>
    private static readonly HashSet<string> SceneOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "after", "before", "while", "as", "since", "until", "once",
    };

    /// <summary>
    /// "After the board rejected the plan, she said, …", "Reflecting on the vote, he said, …", "When pressed on the levy, she
    /// said, …": the words before the cue set the scene (or are a question put to the speaker), they are no part of the statement.
    /// </summary>
    private static bool OpensWithScene(List<Token> toks, int first, int comma)
    {
        var opener = toks[first];
        if (SceneOpeners.Contains(opener.Text) || (opener.IsCapitalized && opener.Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            return true;
        }

        for (var k = first; k < comma; k++)
        {
            if (toks[k].Lower is "asked" or "asking")
            {
                return true;
            }
        }

        return false;
    }
}
