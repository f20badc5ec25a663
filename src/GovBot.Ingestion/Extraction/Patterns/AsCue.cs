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
        if (!OpensWithAs(toks, subjectStart) || !toks.GetRange(first, subjectStart - 1 - first).All(t => Openers.Contains(t.Text)))
        {
            return -1;
        }

        var comma = ReportedClause.OccasionEnd(toks, verb + 1, last);
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

    private static bool OpensWithAs(List<Token> toks, int subjectStart) => subjectStart >= 1 && toks[subjectStart - 1].Lower == "as";
}
