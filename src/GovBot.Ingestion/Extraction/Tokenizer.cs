using System.Text.RegularExpressions;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

internal static partial class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of English prose: sized once instead of grown by doubling.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        foreach (var m in TokenPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            var value = text.Substring(s, m.Length);
            // Keep the dot of initials, titles and dotted acronyms with the word: "R.", "Mr.", "U.S.".
            if (char.IsLetter(value[0]) && e < end && text[e] == '.' &&
                ((value.Length == 1 && char.IsUpper(value[0])) || Lexicons.Abbreviations.Contains(value) || value.Contains('.', StringComparison.Ordinal) ||
                 PartyTag.IsStateAbbreviation(value)))
            {
                value += ".";
                e++;
            }

            if (tokens.Count > 0 && value == "." && tokens[^1].End == e)
            {
                continue;
            }

            tokens.Add(new Token(value, s, e));
        }

        return tokens;
    }

    [GeneratedRegex(@"(?:\p{L}\.){2,}(?=\P{L}|$)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
