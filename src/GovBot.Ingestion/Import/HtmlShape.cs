namespace GovBot.Ingestion.Import;

/// <summary>
/// How deep and how big an HTML document is, measured by a single cheap pass over its tags before any parser sees it:
/// HTML parsers slow down sharply with nesting depth (2 MB of nested &lt;div&gt;s took minutes), so a page nested
/// deeper than any real page is refused unread. Counts what a parser would nest: void elements, elements whose end tag
/// is implied (p, li, td…) and self-closed SVG/MathML elements do not add depth; an unclosed &lt;div/&gt; does.
/// </summary>
public readonly record struct HtmlShape(int MaxDepth, int Elements)
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <param name="stopAbove">Stop counting once the depth passes this; the result then says only that it did.</param>
    public static HtmlShape Measure(string html, int stopAbove = int.MaxValue)
    {
        int depth = 0, maxDepth = 0, elements = 0, foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }

            var c = html[i + 1];
            if (c is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart).ToString();
            var tagEnd = EndOfTag(html, nameEnd);
            var selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            var isForeignRoot = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            if (closing)
            {
                if (!Void.Contains(name) && !ImpliedEnd.Contains(name) && depth > 0)
                {
                    depth--;
                    foreign = isForeignRoot && foreign > 0 ? foreign - 1 : foreign;
                }

                continue;
            }

            elements++;
            if (Void.Contains(name) || ImpliedEnd.Contains(name) || (selfClosed && (foreign > 0 || isForeignRoot)))
            {
                continue;
            }

            depth++;
            foreign += isForeignRoot ? 1 : 0;
            if (depth > maxDepth)
            {
                maxDepth = depth;
                if (maxDepth > stopAbove)
                {
                    break;
                }
            }

            if (RawText.Contains(name))
            {
                // Their content is text, not tags: skip to the end tag, which closes them.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return new HtmlShape(maxDepth, elements);
    }

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    /// <summary>
    /// The index of the '&gt;' that ends the tag, skipping quoted attribute values; the end of the text if none. As in
    /// HTML, a quotation mark opens a value only right after '=', so a stray one cannot hide the tags that follow.
    /// </summary>
    private static int EndOfTag(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c == '>')
            {
                return j;
            }
            else if (afterEquals && c is '"' or '\'')
            {
                quote = c;
                afterEquals = false;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length - 1;
    }
}
