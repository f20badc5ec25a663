namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Polls and reporting compare groups by what they say: "Island tenants are a little more likely to say the fare is
/// too high", "Harbour staff were less likely to say …". The group before "are … likely to" says the clause after the verb;
/// the comparison is no part of the speaker.
/// </summary>
internal static class LikelyToSay
{
    /// <summary>Words between the copula and "likely": degree and comparison, nothing that names a second group.</summary>
    private static readonly HashSet<string> Degree = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "less", "most", "least", "as", "far", "much", "slightly", "somewhat", "significantly", "considerably", "twice",
        "three", "times", "equally", "a", "little", "bit", "lot", "just", "about", "nearly", "almost", "still", "even", "also", "now", "no",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "are", "were", "is", "was", "’re", "'re", "remain", "remained", "seem", "seemed",
    };

    /// <summary>
    /// The copula that opens "are slightly more likely to" before the speech verb at <paramref name="verb"/>, or
    /// <paramref name="verb"/> itself when the words before it are no such comparison.
    /// </summary>
    public static int CopulaBefore(List<Token> toks, int first, int verb)
    {
        if (verb - 3 < first || toks[verb - 1].Lower != "to" || toks[verb - 2].Lower != "likely")
        {
            return verb;
        }

        var k = verb - 3;
        while (k > first && Degree.Contains(toks[k].Text) && !toks[k].IsCapitalized)
        {
            k--;
        }

        // "are likely to say" forecasts what a group would say; only a comparison reports what it said.
        var compared = false;
        for (var j = k + 1; j < verb - 2; j++)
        {
            compared |= toks[j].Lower is "more" or "less" or "most" or "least" or "as";
        }

        return k > first && Copulas.Contains(toks[k].Text) && !toks[k].IsCapitalized && compared ? k : verb;
    }
}
