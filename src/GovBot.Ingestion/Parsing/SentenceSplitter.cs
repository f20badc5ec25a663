using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Parsing;

/// <summary>Sentence boundaries inside a paragraph: terminal punctuation, optional closing marks, space, then a capital, digit or opening mark.</summary>
public static class SentenceSplitter
{
    public static List<TextSpan> Split(string text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.End && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '.' or '?' or '!')
            {
                end++;
            }

            var next = end;
            while (next < paragraph.End && text[next] is ' ' or '\t' or '\u00A0')
            {
                next++;
            }

            if (next == end || next >= paragraph.End)
            {
                continue;
            }

            var n = text[next];
            var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '(' or '[';
            if (!startsSentence || (c == '.' && IsAbbreviation(text, paragraph.Start, i, n)))
            {
                continue;
            }

            sentences.Add(new TextSpan(start, end));
            start = next;
            i = next - 1;
        }

        if (start < paragraph.End)
        {
            sentences.Add(new TextSpan(start, paragraph.End));
        }

        return sentences;
    }

    private static bool IsAbbreviation(string text, int floor, int dot, char next)
    {
        var wordStart = dot;
        while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // A lone capital is an initial ("Joseph R. Biden"); dotted capitals are acronyms ("U.S.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // "No." abbreviates a number only before one ("No. 4"); "she said no. But …" ends a sentence with the word.
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            return char.IsDigit(next);
        }

        return Lexicons.Abbreviations.Contains(word.TrimEnd('.'));
    }
}
