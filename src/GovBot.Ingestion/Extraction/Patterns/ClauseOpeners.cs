namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A reporting clause that starts mid-sentence after a conjunction: "The two met at a fair in 1990, and Ortiz said the
/// photo still hangs in her office", "… while Ortiz said the plan would fail".
/// </summary>
internal static class ClauseOpeners
{
    /// <summary>Conjunctions that open a new clause on their own.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "whereas", "although", "though", "because", "after", "when", "since", "as", "before", "until", "if", "where",
    };

    /// <summary>Conjunctions that join two clauses only after a comma or semicolon ("…, and …", "…; but …").</summary>
    private static readonly HashSet<string> Coordinators = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "so", "yet" };

    /// <summary>
    /// Where the clause that holds <paramref name="limit"/> starts: after the nearest comma, semicolon or subordinating
    /// conjunction before it, or <paramref name="first"/>.
    /// </summary>
    public static int ClauseStart(List<Token> toks, int first, int limit)
    {
        for (var k = limit - 1; k > first; k--)
        {
            if (toks[k].IsPunct(',') || toks[k].IsPunct(';') || toks[k].IsPunct('—') || Subordinators.Contains(toks[k].Text))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>Whether the subject starting at <paramref name="subjectStart"/> opens a clause after a conjunction.</summary>
    public static bool Precede(List<Token> toks, int first, int subjectStart)
    {
        var before = subjectStart - 1;
        if (before < first)
        {
            return false;
        }

        if (toks[before].IsPunct(':') || toks[before].IsPunct(';') || toks[before].IsPunct('—') || toks[before].IsPunct('–') ||
            (toks[before].IsPunct('-') && before > first && toks[before - 1].IsPunct('-')))
        {
            // "… because it is paying off: He said …", "… -- she has never said …": a new clause after a colon or a dash.
            return true;
        }

        if (Subordinators.Contains(toks[before].Text))
        {
            return true;
        }

        return Coordinators.Contains(toks[before].Text) && before - 1 >= first &&
               (toks[before - 1].IsPunct(',') || toks[before - 1].IsPunct(';') || toks[before - 1].IsPunct('—') || toks[before - 1].IsPunct('–') || toks[before - 1].IsPunct('-'));
    }
}
