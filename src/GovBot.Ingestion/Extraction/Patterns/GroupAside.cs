namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// An aside between a group and its verb: "Critics, like their rivals, say …", "Democratic leaders — and, in particular,
/// the minority leader — insisted …", "Federal officials, speaking on condition of anonymity, said …". The group before it
/// is the subject; the aside only adds who is among them or how they spoke.
/// </summary>
internal static class GroupAside
{
    private const int MaxAsideTokens = 24;

    /// <summary>Where the aside that closes right before <paramref name="k"/> opens (its first mark), or <paramref name="k"/> when there is none.</summary>
    public static int Start(List<Token> toks, int first, int k)
    {
        var close = k - 1;
        if (close <= first + 1 || !(toks[close].IsPunct(',') || IsDash(toks[close])))
        {
            return k;
        }

        var dash = IsDash(toks[close]);
        for (var open = close - 1; open > first && close - open <= MaxAsideTokens; open--)
        {
            var t = toks[open];
            if (t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(':') || t.IsQuoteMark || t.IsPunct('?') || t.IsPunct('!'))
            {
                return k;
            }

            // A comma aside opens at the nearest comma; a dash aside at the dash before it, commas and all.
            if (!(dash ? IsDash(t) : t.IsPunct(',')))
            {
                continue;
            }

            // A comma aside opens with a lower-case word ("like", "who", "speaking"); a capital there is a list. Between dashes
            // a list is an aside too ("insiders in two states — Nevada and Ohio — said").
            var inner = toks[open + 1];
            return open + 1 < close && inner.IsWord && (dash || char.IsLower(inner.Text[0])) && !Vocabulary.IsReportingVerb(inner.Text) ? open : k;
        }

        return k;
    }

    private static bool IsDash(Token t) => t.IsPunct('—') || t.IsPunct('–') || t.IsPunct('-') || t.IsPunct('―');
}
