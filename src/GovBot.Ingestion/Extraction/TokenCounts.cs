namespace GovBot.Ingestion.Extraction;

/// <summary>Counts over a run of tokens, both ends included, for the rules that measure what stands between two places.</summary>
internal static class TokenCounts
{
    /// <summary>How many words stand from <paramref name="from"/> to <paramref name="last"/>; 0 when the run is empty.</summary>
    public static int Words(List<Token> tokens, int from, int last)
    {
        var n = 0;
        for (var k = from; k <= last; k++)
        {
            n += tokens[k].IsWord ? 1 : 0;
        }

        return n;
    }

    /// <summary>Whether only punctuation (or nothing) stands from <paramref name="from"/> to <paramref name="last"/>.</summary>
    public static bool OnlyPunctuation(List<Token> tokens, int from, int last)
    {
        for (var k = from; k <= last; k++)
        {
            if (tokens[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
