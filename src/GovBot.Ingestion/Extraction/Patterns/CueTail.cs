namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// What follows a cue that comes after its reported words, when it is no clause of the speaker's own: "…, she said, on the
/// promise of staying unnamed.", "…, Ortiz said, a policy that …", "…, Ortiz said this week at a forum in Dover — a reversal
/// of …", "…, analysts say; in 2019, …", "…, Ortiz wrote in her memoir, “Deep Water.”". The content is then what came
/// before the cue.
/// </summary>
internal static class CueTail
{
    private const int MinContentWords = 4;
    private const int MaxOccasionTokens = 14;
    private const int MaxTitleTokens = 8;

    /// <summary>Words that open a phrase about the cue or its content after "X said,", never the rest of the content.</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "on", "according", "speaking", "citing", "without", "during", "in", "at",
    };

    /// <summary>
    /// Whether the words after "X said," (from <paramref name="from"/>) are an aside rather than the second half of the
    /// content, with at least a short clause before the cue (<paramref name="before"/> tokens from <paramref name="first"/>).
    /// </summary>
    public static bool AsideAfterComma(List<Token> toks, int first, int before, int from, int last) =>
        from <= last && toks[from].IsWord && AsideOpeners.Contains(toks[from].Text) && TokenCounts.Words(toks, first, before - 1) >= MinContentWords;

    /// <summary>
    /// Whether the tail after a trailing cue's verb (from <paramref name="from"/>) only says when or where it was said and
    /// then ends, or goes on past a dash, a semicolon or a title in quotation marks.
    /// </summary>
    public static bool Closes(List<Token> toks, int from, int last)
    {
        var k = from;
        while (k <= last && k - from <= MaxOccasionTokens && toks[k].IsWord && toks[k].Lower != "that" && !(Vocabulary.IsReportingVerb(toks[k].Text) && !toks[k].IsCapitalized))
        {
            k++;
        }

        if (k > last || k - from > MaxOccasionTokens || (k > from && !OpensOccasion(toks[from])))
        {
            return false;
        }

        var t = toks[k];
        if (t.IsPunct('—') || t.IsPunct('–') || t.IsPunct(';'))
        {
            return true;
        }

        // "…, Ortiz said in her 2019 memoir, “Deep Water.”": the title that closes the occasion.
        if (t.IsPunct(',') && k > from && k + 1 <= last && toks[k + 1].IsQuoteMark)
        {
            for (var j = k + 2; j <= last && j - k <= MaxTitleTokens; j++)
            {
                if (toks[j].IsQuoteMark)
                {
                    return j > k + 2 && TokenCounts.OnlyPunctuation(toks, j + 1, last);
                }

                if (toks[j].IsWord && char.IsLower(toks[j].Text[0]) && toks[j].Text.Length > 3)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words after a cue's verb open a clause of their own, so the cue is no trailing one: "…; more so, he said
    /// that the contractor had.", "As for the union, he said he is not worried." (the opening names a topic, not words said).
    /// </summary>
    public static bool LeadsClause(List<Token> toks, int first, int tail, int last) =>
        (tail <= last && toks[tail].Lower == "that" && tail + 1 <= last && toks[tail + 1].IsWord) || PronounSubject.ClauseAfterCue(toks, tail, last) ||
        (first + 1 <= last && toks[first].Lower is "as" && toks[first + 1].Lower is "for" or "to") || toks[first].Lower is "regarding" or "concerning";

    /// <summary>"in", "this week", "Tuesday": a word that may open the occasion of a cue.</summary>
    private static bool OpensOccasion(Token t) =>
        t.Lower is "in" or "on" or "at" or "during" or "this" or "last" or "earlier" or "later" or "after" or "before" or "while" or "when" or "to" or "from" or "yesterday" or "today" ||
        Vocabulary.Days.Contains(t.Text);
}
