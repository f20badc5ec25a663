namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A pronoun subject never stands for the person its own verb addresses: in "She later asked Voss whether …" or "he
/// told Ortiz that …", the one asked or told is someone else, so a pronoun resolved to that person is wrong.
/// </summary>
internal static class PronounObject
{
    /// <summary>Whether a word of <paramref name="person"/>'s name stands between the verb and its content (tokens <paramref name="from"/> to <paramref name="to"/>, exclusive).</summary>
    public static bool NamesPerson(List<Token> toks, int from, int to, Person person)
    {
        var words = person.Tokens;
        for (var k = from; k < to && k < toks.Count; k++)
        {
            var t = toks[k];
            if (!t.IsWord || !t.IsCapitalized || t.Text.Length < 3)
            {
                continue;
            }

            foreach (var w in words)
            {
                if (string.Equals(w, t.Text, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
