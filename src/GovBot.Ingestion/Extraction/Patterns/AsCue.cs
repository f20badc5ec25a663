namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A reporting clause opened by "as": "As Ortiz noted, the fund ran dry in May." reports the main clause after the comma;
/// "The fund ran dry in May, as Ortiz noted on Tuesday." reports the clause before it.
/// </summary>
internal static class AsCue
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "yet", "so", "still", "indeed", "," };

    /// <summary>Where the reported clause starts after "As Ortiz noted (on Tuesday),"; -1 when the cue is not of that form.</summary>
    public static int Leading(List<Token> toks, int first, int subjectStart, int verb, int last)
    {
        if (!OpensWithAs(toks, subjectStart) || !(toks.GetRange(first, subjectStart - 1 - first).All(t => Openers.Contains(t.Text)) || JoinsClause(toks, first, subjectStart)))
        {
            return -1;
        }

        var comma = ReportedClause.OccasionEnd(toks, AfterListener(toks, verb, last), last);
        if (comma < 0 || comma + 3 > last || !toks[comma].IsPunct(',') || !toks[comma + 1].IsWord)
        {
            return -1;
        }

        return comma + 1;
    }

    /// <summary>Whether the cue is "…, as Ortiz noted (on Tuesday)." closing the sentence: its content is the clause before.</summary>
    public static bool Trailing(List<Token> toks, int first, int subjectStart, int verb, int last) =>
        OpensWithAs(toks, subjectStart) && subjectStart - 2 > first && toks[subjectStart - 2].IsPunct(',') &&
        (ReportedClause.IsClauseEnd(toks, verb + 1, last) || ReportedClause.IsAdverbialTail(toks, verb + 1, last));

    /// <summary>
    /// "the fact that the vote “is too close to call,” as Ortiz said on a radio program, only raises the stakes": an "as" aside
    /// inside a sentence that neither opens nor closes it reports no words after it. Its content is the quotation just
    /// before "as" — (first token, last token) — or nothing: (-1, -1). Null when the cue is no such aside.
    /// </summary>
    public static (int Start, int End)? Aside(List<Token> toks, int first, int subjectStart, int verb, int last)
    {
        // "…, as Ortiz said the fund was dry, the crowd …" is a clause of time whose words follow the verb directly; after a
        // quotation, "as" introduces its speaker.
        if (!OpensWithAs(toks, subjectStart) || subjectStart - 2 < first || verb + 1 > last || toks[verb + 1].Lower == "that" ||
            !(toks[subjectStart - 2].IsQuoteMark || (toks[subjectStart - 2].IsPunct(',') && ReportedClause.OccasionEnd(toks, verb + 1, last) != verb + 1)))
        {
            return null;
        }

        var close = subjectStart - 2;
        if (!toks[close].IsQuoteMark)
        {
            return (-1, -1);
        }

        var end = close - 1;
        while (end >= first && !toks[end].IsWord)
        {
            end--;
        }

        for (var k = end; k > first; k--)
        {
            if (toks[k].IsQuoteMark)
            {
                return k < end ? (k + 1, end) : (-1, -1);
            }
        }

        return (-1, -1);
    }

    private static bool OpensWithAs(List<Token> toks, int subjectStart) => subjectStart >= 1 && toks[subjectStart - 1].Lower == "as";

    private const int MaxListenerTokens = 6;

    /// <summary>"…, and as Ortiz noted, …": "as" opens a new clause joined to the one before by a comma and a conjunction.</summary>
    private static bool JoinsClause(List<Token> toks, int first, int subjectStart) =>
        subjectStart - 3 > first && toks[subjectStart - 2].Lower is "and" or "but" or "yet" or "so" && (toks[subjectStart - 3].IsPunct(',') || toks[subjectStart - 3].IsPunct(';'));

    /// <summary>"As Ortiz told the Tarnby Herald, …": past the one told, a name or a few words ("told reporters"), to what follows.</summary>
    private static int AfterListener(List<Token> toks, int verb, int last)
    {
        var k = verb + 1;
        if (toks[verb].Lower is not ("told" or "tells" or "tell"))
        {
            return k;
        }

        while (k <= last && k - verb <= MaxListenerTokens && toks[k].IsWord && (toks[k].IsCapitalized || toks[k].Lower is "the" or "a" or "an" or "reporters" or "me" or "us" or "him" or "her" or "them"))
        {
            k++;
        }

        return k;
    }
}
