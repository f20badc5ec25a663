namespace GovBot.Ingestion.Extraction;

/// <summary>
/// "According to X": a source named by a preposition rather than a verb, at the start of a sentence ("According to
/// Politico, …") or at its end ("…, according to campaign filings."). Only people count as sources here.
/// </summary>
internal static class AccordingTo
{
    private const int MaxSourceTokens = 12;

    /// <summary>The "according" of a trailing "…, according to X." in tokens first..last, or -1.</summary>
    public static int Trailing(List<Token> toks, int first, int last)
    {
        for (var k = last - 2; k > first + 3; k--)
        {
            if (toks[k].Lower == "according" && toks[k + 1].Lower == "to" && (toks[k - 1].IsPunct(',') || toks[k - 1].IsPunct('(')) &&
                Ends(toks, k + 2, last) == last + 1)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where the source phrase that starts at <paramref name="start"/> ends (exclusive): at the clause's punctuation.</summary>
    public static int Ends(List<Token> toks, int start, int last)
    {
        var end = start;
        while (end <= last && end - start < MaxSourceTokens && !(toks[end].IsPunct(',') || toks[end].IsPunct('.') || toks[end].IsPunct(';') ||
                                                                  toks[end].IsPunct(')') || toks[end].IsPunct('?') || toks[end].IsPunct('!')))
        {
            end++;
        }

        // A closing mark after the phrase ends the sentence; the phrase itself is whatever came before.
        var after = end;
        while (after <= last && !toks[after].IsWord)
        {
            after++;
        }

        return after > last ? last + 1 : end;
    }

    /// <summary>
    /// The source when it is a person or a described person ("a campaign aide"). Documents, data and institutions
    /// ("according to campaign filings") are where a fact comes from, not someone's words.
    /// </summary>
    public static Mention? Source(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        return end <= start ? null : MentionParser.After(text, toks, start, end);
    }
}
