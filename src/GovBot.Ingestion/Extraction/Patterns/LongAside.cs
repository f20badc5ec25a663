namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A named subject set apart from its verb by a long aside the appositive rules do not step over: dashes ("Mara Lind —
/// a nurse at the county hospital — says …"), an appositive with its own relative clause ("Ed Marsh, a clerk at the port
/// authority, which lost its director in May, said …"), a participle with a clause of its own ("Ortiz, later claiming that
/// …, said …"). The name opens the sentence and the aside closes right before the verb.
/// </summary>
internal static class LongAside
{
    private const int MaxAsideTokens = 45;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "now", "meanwhile", "however", "yet", "instead", "separately", "also", "then",
    };

    /// <summary>The named subject before the aside that ends at <paramref name="verb"/>, or null.</summary>
    public static Mention? Subject(string text, List<Token> toks, int first, int verb)
    {
        var close = SubjectPhrase.AuxiliariesStart(toks, first, verb) - 1;
        if (close <= first || !IsAsideMark(toks[close]) || close - first > MaxAsideTokens + 8)
        {
            return null;
        }

        var start = first;
        while (start < close && (Openers.Contains(toks[start].Text) || toks[start].IsPunct(',')))
        {
            start++;
        }

        // The first aside mark after the opening name; the name must fill the words before it.
        for (var k = start + 1; k < close && k - start <= 8; k++)
        {
            if (!IsAsideMark(toks[k]))
            {
                continue;
            }

            if (k < close - 1 && !toks.Skip(k + 1).Take(close - k - 1).Any(t => t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('.')) &&
                MentionParser.Before(text, toks, k, start) is { Kind: MentionKind.Name } m && TokenIndex.AtOrAfter(toks, m.PhraseStart) == start)
            {
                return m;
            }

            return null;
        }

        return null;
    }

    private static bool IsAsideMark(Token t) => t.IsPunct(',') || t.IsPunct('—') || t.IsPunct('–') || t.IsPunct(')') || t.IsPunct('(');
}
