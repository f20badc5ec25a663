using System.Globalization;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Words, dotted acronyms and single punctuation marks with their offsets. Tokenising is the one pass over every character
/// of every paragraph, so it is a hand-written scan rather than a pattern: a dotted acronym ("U.S."), a word with inner
/// hyphens or apostrophes ("al-Sisi", "don't"), or any other visible character on its own.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of English prose: sized once instead of grown by doubling.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            i = DottedAcronymEnd(text, s, end) is var acronym and > 0 ? acronym
                : IsLetterOrNumber(text[s]) ? WordEnd(text, s, end)
                : s + 1;
            var e = i;
            var value = text.Substring(s, e - s);
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

    /// <summary>The end of two or more letter-and-dot pairs not followed by a letter ("U.S.", "e.g."), or 0.</summary>
    private static int DottedAcronymEnd(string text, int s, int end)
    {
        var i = s;
        var pairs = 0;
        while (i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            pairs++;
            i += 2;
        }

        return pairs >= 2 && (i >= end || !char.IsLetter(text[i])) ? i : 0;
    }

    /// <summary>The end of a word: letters, marks and digits, with inner hyphens or apostrophes between them.</summary>
    private static int WordEnd(string text, int s, int end)
    {
        var i = s + 1;
        while (i < end && (IsWordInner(text[i]) || IsMojibakeTail(text, i)))
        {
            i++;
        }

        while (i + 1 < end && text[i] is '-' or '\'' or '’' && IsLetterOrNumber(text[i + 1]))
        {
            i += 2;
            while (i < end && IsLetterOrNumber(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>
    /// The second byte of a UTF-8 letter read as Latin-1 ("PeÃ±a" for "Peña", "SarukhÃ¡n"): archive text keeps such names
    /// garbled, and splitting them at the symbol or control character cuts the name in two.
    /// </summary>
    private static bool IsMojibakeTail(string text, int i) =>
        text[i] is >= '\u0080' and <= '\u00BF' && text[i - 1] is 'Ã' or 'Â' or '\u0303' or '\u0302';

    private static bool IsWordInner(char c) =>
        IsLetterOrNumber(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
