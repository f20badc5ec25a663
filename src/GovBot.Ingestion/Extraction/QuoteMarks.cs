using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Pairs double quotation marks, straight and curly, across a document. A paragraph that opens a quote and does not
/// close it continues into the next paragraph when that one opens with a mark again (the newswire convention).
/// Single curly quotes are top-level quotes only in a document that quotes with nothing else (the British and
/// Dutch convention, ‘…’); elsewhere they are quotes inside quotes, and a ’ between letters is always an apostrophe.
/// </summary>
internal static class QuoteMarks
{
    private const int MaxQuoteLength = 3000;

    public static List<QuoteSpan> Find(ParsedDocument doc)
    {
        var spans = new List<QuoteSpan>();
        var text = doc.Text;
        var single = QuotesWithSingleMarks(doc);
        var group = 0;
        var continuing = false;
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var para = doc.Paragraphs[p];
            var i = para.Start;
            if (continuing && !IsOpening(text, i, para, single))
            {
                continuing = false;
            }

            while (i < para.End)
            {
                var c = text[i];
                if (!(c is '"' or '“' or '”' or '„' or '«' or '»' or '‘') || !IsOpening(text, i, para, single))
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

                    continuing = p + 1 < doc.Paragraphs.Count && IsOpening(text, doc.Paragraphs[p + 1].Start, doc.Paragraphs[p + 1], single);
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

    /// <summary>The document opens quotations with ‘ and never with a double mark.</summary>
    private static bool QuotesWithSingleMarks(ParsedDocument doc)
    {
        var singles = 0;
        foreach (var para in doc.Paragraphs)
        {
            for (var i = para.Start; i < para.End; i++)
            {
                var c = doc.Text[i];
                if (c is '“' or '„' or '«' || (c == '"' && IsOpening(doc.Text, i, para, false)))
                {
                    return false;
                }

                if (c == '‘' && IsSingleOpening(doc.Text, i, para))
                {
                    singles++;
                }
            }
        }

        return singles > 0;
    }

    private static bool IsSingleOpening(string text, int i, TextSpan para)
    {
        var before = i > para.Start ? text[i - 1] : ' ';
        var after = i + 1 < para.End ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':' || i == para.Start) && !char.IsWhiteSpace(after);
    }

    private static bool IsOpening(string text, int i, TextSpan para, bool single)
    {
        if (i >= para.End)
        {
            return false;
        }

        var c = text[i];
        if (c == '‘')
        {
            return single && IsSingleOpening(text, i, para);
        }

        if (c is '“' or '„' or '«')
        {
            return true;
        }

        if (c is '”')
        {
            return OpensParagraph(text, i, para);
        }

        if (c is '»')
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

    /// <summary>
    /// A closing mark typed where the paragraph opens, before a word ("”The levy is fair,” said Vorn."; social-media
    /// copy often starts with an invisible direction mark too): nothing before it can be closed, so it opens the quotation.
    /// </summary>
    private static bool OpensParagraph(string text, int i, TextSpan para)
    {
        for (var k = para.Start; k < i; k++)
        {
            if (char.GetUnicodeCategory(text[k]) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return i + 1 < para.End && char.IsLetterOrDigit(text[i + 1]);
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

            if (opener == '”' && c is '”' or '"')
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

            // A closing ’ has no letter after it; between letters it is an apostrophe ("don’t", "country’s").
            if (opener == '‘' && c == '’' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= para.End || !char.IsLetterOrDigit(text[j + 1])))
            {
                return j;
            }

            // Mixed marks from careless editing: a curly opener closed by a straight mark, or a straight one by a curly mark.
            if (opener is '“' or '"' && c == (opener == '“' ? '"' : '”') && (j + 1 >= para.End || !char.IsLetterOrDigit(text[j + 1])))
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

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '”' or '“' or '’'))
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
