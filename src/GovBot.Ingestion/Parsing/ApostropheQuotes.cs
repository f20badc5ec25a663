namespace GovBot.Ingestion.Parsing;

/// <summary>
/// Archive text types quotation marks as two apostrophes (<c>''We will not back down,'' she said</c>). Each pair becomes
/// a straight double mark plus a space, on the side away from the words, so every offset stays where it was and the
/// quote finder sees ordinary marks: <c> "We will not back down," </c>.
/// </summary>
public static class ApostropheQuotes
{
    public static string Normalize(string text)
    {
        var at = text.IndexOf("''", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; at >= 0; at = text.IndexOf("''", at + 2, StringComparison.Ordinal))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            var after = at + 2 < text.Length ? text[at + 2] : ' ';
            if (after == '\'' && before != '\'' && !char.IsWhiteSpace(before) && ClosesAfterInner(text, at + 3))
            {
                // "…he called it 'a paper harbour,''' said Ortiz": a quote inside the quotation closes first, then the quotation itself;
                // left alone, the quotation would run on over its cue to the next mark.
                (chars[at + 1], chars[at + 2]) = ('"', ' ');
                at++;
                continue;
            }

            if (after == '\'' || before == '\'')
            {
                continue;
            }

            var opening = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':') && !char.IsWhiteSpace(after);
            if (opening)
            {
                (chars[at], chars[at + 1]) = (' ', '"');
            }
            else if (!char.IsWhiteSpace(before))
            {
                (chars[at], chars[at + 1]) = ('"', ' ');
            }
        }

        return new string(chars);
    }

    /// <summary>Three apostrophes close an inner and an outer quotation only where no word follows them at once.</summary>
    private static bool ClosesAfterInner(string text, int next) =>
        next >= text.Length || !(char.IsLetterOrDigit(text[next]) || text[next] == '\'');
}
