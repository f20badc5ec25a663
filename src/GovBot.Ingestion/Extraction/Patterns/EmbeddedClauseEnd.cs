namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Where the words a subject speaks inside a relative clause end ("steered the crews toward what he said is rising interest in
/// bicycle racks, covered decks and quiet cabins"): a clause set off by a comma ("the wall, which he said the county would pay for, …")
/// closes at the next comma; one written without ends only where a new clause or another cue begins, so a list after it
/// stays part of the words.
/// </summary>
internal static class EmbeddedClauseEnd
{
    private const int CueLookAhead = 3;

    /// <summary>Words after a comma that open something other than the next item of a list.</summary>
    private static readonly HashSet<string> NewClause = new(StringComparer.Ordinal)
    {
        "but", "while", "yet", "though", "although", "whereas", "and", "or", "which", "who", "whom", "whose", "where", "when", "because",
        "since", "as", "so", "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "this", "that", "these", "those", "his",
        "her", "their", "its", "according", "not", "then", "if",
    };

    /// <summary>The last token of the words after the cue's verb at <paramref name="verb"/> in the clause opened at <paramref name="relative"/>.</summary>
    public static int End(List<Token> toks, int relative, int verb, int last)
    {
        var aside = relative > 0 && (toks[relative - 1].IsPunct(',') || ClauseBoundary.IsDash(toks[relative - 1]));
        for (var k = verb + 1; k <= last; k++)
        {
            var t = toks[k];
            if (t.IsPunct(';') || t.IsPunct(')') || t.IsPunct('(') || t.IsPunct('—') || t.IsPunct('–'))
            {
                return k - 1;
            }

            if (t.IsPunct(',') && (aside || !ListGoesOn(toks, k + 1, last)))
            {
                return k - 1;
            }
        }

        return last;
    }

    private static bool ListGoesOn(List<Token> toks, int from, int last)
    {
        if (from > last || !toks[from].IsWord || !char.IsLower(toks[from].Text[0]) || NewClause.Contains(toks[from].Lower) ||
            toks[from].Lower.EndsWith("ing", StringComparison.Ordinal) || toks[from].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        // "…, officials said": another cue right after the comma closes the words.
        for (var k = from; k <= last && k - from < CueLookAhead; k++)
        {
            if (toks[k].IsPunct(','))
            {
                break;
            }

            if (Vocabulary.IsReportingVerb(toks[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
