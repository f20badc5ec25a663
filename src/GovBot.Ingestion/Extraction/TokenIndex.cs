namespace GovBot.Ingestion.Extraction;

/// <summary>Binary searches over a paragraph's tokens by character offset, so long paragraphs stay linear.</summary>
internal static class TokenIndex
{
    /// <summary>The first token starting at or after <paramref name="offset"/>, or -1.</summary>
    public static int AtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < tokens.Count ? lo : -1;
    }

    /// <summary>The last token ending at or before <paramref name="offset"/>, or -1.</summary>
    public static int LastEndingBy(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
