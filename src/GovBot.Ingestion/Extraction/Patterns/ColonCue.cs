namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A cue that opens its words with a colon: "Port engineers said: the cranes are unsafe." The clause after the colon is the
/// content. A quotation after the colon is left to the quotation rules, and a list or a single word is no clause.
/// </summary>
internal static class ColonCue
{
    private const int MinWords = 3;

    /// <summary>Where the reported clause starts after the colon at <paramref name="colon"/>, or -1.</summary>
    public static int ContentAfter(List<Token> toks, int colon, int last)
    {
        if (!toks[colon].IsPunct(':') || colon + 1 > last || !toks[colon + 1].IsWord)
        {
            return -1;
        }

        var words = 0;
        for (var k = colon + 1; k <= last; k++)
        {
            if (toks[k].IsQuoteMark || toks[k].IsPunct(':'))
            {
                // "said: “We are ready”" is a quotation; "said: cost, time and risk: …" a list.
                return -1;
            }

            if (toks[k].IsWord)
            {
                words++;
            }
        }

        return words >= MinWords ? colon + 1 : -1;
    }
}
