namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A participle or relative aside between a subject and its verb that the mention rules do not step over:
/// "Florida delegate Ana Ruiz, wearing a shirt covered in buttons, said …", "Ortiz, having lost the vote, argued …".
/// </summary>
internal static class Asides
{
    private const int MaxAsideTokens = 25;

    /// <summary>The subject before a comma-bounded aside that ends right before <paramref name="verb"/>, or null.</summary>
    public static Mention? SubjectBefore(string text, List<Token> toks, int verb, int floor)
    {
        var close = verb - 1;
        if (close <= floor || !toks[close].IsPunct(','))
        {
            return null;
        }

        for (var open = close - 1; open > floor && close - open <= MaxAsideTokens; open--)
        {
            if (toks[open].IsPunct('.') || toks[open].IsQuoteMark || toks[open].IsPunct(';'))
            {
                return null;
            }

            if (!toks[open].IsPunct(','))
            {
                continue;
            }

            // The aside opens with a lower-case word (a participle, "who", "now", "a …"); a capitalised one is a list or a place.
            var inner = toks[open + 1];
            if (!inner.IsWord || !char.IsLower(inner.Text[0]) || Vocabulary.IsReportingVerb(inner.Text))
            {
                return null;
            }

            var mention = MentionParser.Before(text, toks, open, floor);
            return mention is { Kind: MentionKind.Name } ? mention : null;
        }

        return null;
    }
}
