using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Pairs double quotation marks, straight and curly, across a document. A paragraph that opens a quote and does not
/// close it continues into the next paragraph when that one opens with a mark again (the newswire convention).
/// Single quotes are read only as quotes inside quotes, never as top-level quotes, because of apostrophes.
/// </summary>
internal static class QuoteMarks
{
    private const int MaxQuoteLength = 3000;

    public static List<QuoteSpan> Find(ParsedDocument doc)
    {
        var spans = new List<QuoteSpan>();
        var text = doc.Text;
        var group = 0;
        var continuing = false;
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var para = doc.Paragraphs[p];
            var i = para.Start;
            if (continuing && !IsOpening(text, i, para))
            {
                continuing = false;
            }

            while (i < para.End)
            {
                var c = text[i];
                if (!(c is '"' or '“' or '”' or '„' or '«' or '»') || !IsOpening(text, i, para))
                {
                    i++;
                    continue;
                }

                var close = FindClose(text, i, para);
                if (close < 0)
                {
                    // Unclosed: the quotation runs to the end of the paragraph, and on if the next one reopens.
                    var content = Trim(text, new TextSpan(i + 1, para.End));
                    if (!continuing)
                    {
                        group++;
                    }

                    if (content.Length > 0 && content.Length <= MaxQuoteLength)
                    {
                        spans.Add(new QuoteSpan(p, new TextSpan(i, para.End), content, group, Closed: false));
                    }

                    continuing = p + 1 < doc.Paragraphs.Count && IsOpening(text, doc.Paragraphs[p + 1].Start, doc.Paragraphs[p + 1]);
                    break;
                }

                var inner = Trim(text, new TextSpan(i + 1, close));
                if (!continuing || i != para.Start)
                {
                    group++;
                }

                continuing = false;
                if (inner.Length > 0 && inner.Length <= MaxQuoteLength)
                {
                    spans.Add(new QuoteSpan(p, new TextSpan(i, close + 1), inner, group, Closed: true));
                }

                i = close + 1;
            }
        }

        return spans;
    }

    private static bool IsOpening(string text, int i, TextSpan para)
    {
        if (i >= para.End)
        {
            return false;
        }

        var c = text[i];
        if (c is '“' or '„' or '«')
        {
            return true;
        }

        if (c is '”' or '»')
        {
            return false;
        }

        if (c != '"')
        {
            return false;
        }

        var before = i > para.Start ? text[i - 1] : ' ';
        var after = i + 1 < para.End ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '\uFEFF' || i == para.Start) && !char.IsWhiteSpace(after);
    }

    private static int FindClose(string text, int open, TextSpan para)
    {
        var opener = text[open];
        for (var j = open + 1; j < para.End; j++)
        {
            var c = text[j];
            if (opener == '“' && c == '”')
            {
                return j;
            }

            if (opener == '«' && c == '»')
            {
                return j;
            }

            if (opener == '„' && c is '“' or '"')
            {
                return j;
            }

            if (opener == '"' && c == '"')
            {
                return j;
            }

            // Mixed marks from careless editing: a curly opener closed by a straight mark.
            if (opener == '“' && c == '"' && (j + 1 >= para.End || !char.IsLetterOrDigit(text[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '”' or '“'))
        {
            end--;
        }

        // The comma before a split attribution belongs to the sentence, not to the words quoted.
        if (end > start && text[end - 1] == ',')
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
