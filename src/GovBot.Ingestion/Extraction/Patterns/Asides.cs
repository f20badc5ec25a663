namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A participle or relative aside between a subject and its verb that the mention rules do not step over:
/// "Ana Ruiz, holding her grandson on her hip, said …", "Ortiz, having lost the vote, argued …"; and a
/// place after a name.
/// </summary>
internal static class Asides
{
    private const int MaxAsideTokens = 25;

    /// <summary>
    /// The named subject before "of" or "from" and a place: "Marta Lindgren of Sweden noted …", "Ivo Petrak of Dayton,
    /// Ohio, says …".
    /// </summary>
    public static Mention? NameBeforePlace(string text, List<Token> toks, int verb, int floor)
    {
        var k = verb - 1;
        if (k > floor && toks[k].IsPunct(','))
        {
            k--;
        }

        // Up to two capitalised place names, separated by a comma ("Dayton, Ohio"), or a body and its place ("of the Pilots
        // Guild in Dover,"), when a comma closes them.
        var closed = k + 1 < verb && toks[k + 1].IsPunct(',');
        for (var places = 0; places < 2 && k > floor; places++)
        {
            var words = 0;
            while (k > floor && words < (closed ? 5 : 3) && toks[k].IsWord && toks[k].IsCapitalized)
            {
                k--;
                words++;
            }

            if (words == 0)
            {
                return null;
            }

            if (closed && k > floor && toks[k].Lower == "the" && toks[k - 1].Lower is "of" or "from")
            {
                k--;
            }

            if (closed && places == 0 && k > floor && toks[k].Lower == "in")
            {
                k--;
                continue;
            }

            if (toks[k].Lower is "of" or "from")
            {
                var mention = MentionParser.Before(text, toks, k, floor);
                return mention is { Kind: MentionKind.Name } && mention.Text.Contains(' ', StringComparison.Ordinal) ? mention : null;
            }

            if (!toks[k].IsPunct(','))
            {
                return null;
            }

            k--;
        }

        return null;
    }

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

            var mention = MentionParser.Before(text, toks, open, floor) ?? NameBeforeSuffix(text, toks, open, floor);
            return mention is { Kind: MentionKind.Name } ? mention : null;
        }

        return null;
    }

    /// <summary>
    /// The name before a suffix that ends right before <paramref name="end"/>: "Lee Parkman Jr., who …, said" names Lee
    /// Parkman; the mention rules read a name only up to its last name word.
    /// </summary>
    public static Mention? NameBeforeSuffix(string text, List<Token> toks, int end, int floor) =>
        end - 1 > floor && toks[end - 1].Text is "Jr." or "Sr." or "II" or "III" or "IV" &&
        MentionParser.Before(text, toks, end - 1, floor) is { Kind: MentionKind.Name } m
            ? m
            : null;
}
