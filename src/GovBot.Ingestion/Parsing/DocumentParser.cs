using System.Globalization;
using System.Text.RegularExpressions;

namespace GovBot.Ingestion.Parsing;

/// <summary>
/// Splits a document into header and body paragraphs without changing a character of it, so every span
/// found later is an offset into the text exactly as read.
/// </summary>
public static partial class DocumentParser
{
    private static readonly string[] HeaderKeys = ["title", "source", "date", "url", "licence", "license"];

    private static readonly HashSet<string> FurnitureLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adjust font size:", "Print", "Share", "Email", "Enditem", "###", "END", "Related:", "Font size:", "Text size:",
    };

    private static readonly string[] TrailingFurniture = ["Enditem", "Adjust font size:"];

    private static readonly int MaxFurnitureLength = FurnitureLines.Max(f => f.Length);

    public static ParsedDocument Parse(string text)
    {
        var lines = Lines(text).ToList();
        var index = 0;
        while (index < lines.Count && IsBlank(text, lines[index]))
        {
            index++;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var probe = index;
        while (probe < lines.Count && HeaderLine().Match(lines[probe].Of(text)) is { Success: true } m &&
               HeaderKeys.Contains(m.Groups[1].Value.ToLowerInvariant()))
        {
            fields[m.Groups[1].Value.ToLowerInvariant()] = m.Groups[2].Value.Trim();
            probe++;
        }

        string title;
        string? source = null;
        string? fullSource = null;
        string? date = null;
        string? place = null;
        if (fields.ContainsKey("title") && (probe >= lines.Count || IsBlank(text, lines[probe])))
        {
            index = probe;
            title = fields["title"];
            fullSource = fields.GetValueOrDefault("source");
            source = ShortSource(fullSource);
            date = NormalizeDate(fields.GetValueOrDefault("date"));
        }
        else
        {
            title = index < lines.Count ? Clean(lines[index].Of(text)) : "";
            index++;
            if (index < lines.Count && Byline().Match(lines[index].Of(text)) is { Success: true } byline)
            {
                source = byline.Groups["source"].Value.Trim();
                fullSource = source;
                date = NormalizeDate(byline.Groups["date"].Value);
                index++;
            }
        }

        var paragraphs = new List<TextSpan>();
        for (; index < lines.Count; index++)
        {
            var span = Trim(text, lines[index]);
            // Furniture lines are short: longer paragraphs are not copied out just to be looked up.
            if (span.Length == 0 || (span.Length <= MaxFurnitureLength && FurnitureLines.Contains(span.Of(text))))
            {
                continue;
            }

            span = StripTrailingFurniture(text, span);
            if (paragraphs.Count == 0 && place is null && BylineOnly().IsMatch(span.Of(text)))
            {
                // "By Jane Roe, Reuters" or "By JANE ROE Associated Press": credit lines, not article text.
                continue;
            }

            if (paragraphs.Count <= 1 && place is null && MatchDateline(span.Of(text)) is { } dateline)
            {
                place = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(dateline.Groups["place"].Value.Trim().ToLowerInvariant());
                source ??= dateline.Groups["source"].Value.Trim() is { Length: > 0 } s ? s : null;
                span = new TextSpan(span.Start + dateline.Length, span.End);
            }

            if (span.Length > 0)
            {
                paragraphs.Add(span);
            }
        }

        var header = new DocumentHeader(title, source, fullSource, date, fields.GetValueOrDefault("url"),
            fields.GetValueOrDefault("licence") ?? fields.GetValueOrDefault("license"), place);
        return new ParsedDocument(text, header, paragraphs);
    }

    /// <summary>The publisher from a long source line: "The White House, Briefing Room (…); text via …" → "The White House".</summary>
    public static string? ShortSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        var depth = 0;
        var end = source.Length;
        for (var i = 0; i < source.Length; i++)
        {
            depth += source[i] == '(' ? 1 : source[i] == ')' ? -1 : 0;
            if (depth == 0 && (source[i] == ';' || source[i] == ','))
            {
                end = i;
                break;
            }
        }

        var head = Parenthetical().Replace(source[..end], "").Trim();
        return head.Length > 0 ? head : source.Trim();
    }

    public static string? NormalizeDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        raw = raw.Trim();
        if (PartialIsoDate().IsMatch(raw))
        {
            return raw;
        }

        var cleaned = raw.Replace(".", "", StringComparison.Ordinal).Replace("Sept", "Sep", StringComparison.Ordinal);
        string[] formats = ["MMMM d, yyyy", "MMM d, yyyy", "MMMM d,yyyy", "MMM d,yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"];
        return DateTime.TryParseExact(cleaned, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static Match? MatchDateline(string paragraph)
    {
        var upper = Dateline().Match(paragraph);
        if (upper.Success)
        {
            return upper;
        }

        var titleCase = TitleCaseDateline().Match(paragraph);
        return titleCase.Success ? titleCase : null;
    }

    private static TextSpan StripTrailingFurniture(string text, TextSpan span)
    {
        var value = text.AsSpan(span.Start, span.Length);
        foreach (var tail in TrailingFurniture)
        {
            if (value.EndsWith(tail, StringComparison.Ordinal))
            {
                return Trim(text, new TextSpan(span.Start, span.End - tail.Length));
            }
        }

        return span;
    }

    private static string Clean(string line) => line.Trim().Trim('\uFEFF').Trim();

    private static bool IsBlank(string text, TextSpan line) => Trim(text, line).Length == 0;

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\uFEFF'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\u2029')
            {
                yield return new TextSpan(start, i);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new TextSpan(start, text.Length);
        }
    }

    [GeneratedRegex(@"^\uFEFF?(\w+):[ \t]?(.*?)\s*$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*(?:By [^,]{2,60},\s*)?(?<source>[A-Z][\w&.'’ -]{1,40}?)\s*,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?)(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\((?<source>[^)]{1,40})\))?\s*(?:--|—|–|-)\s*")]
    private static partial Regex Dateline();

    /// <summary>"Addis Ababa (AFP) -", "United Nations, Jul 12 (PTI)", "MOSCOW, July 14. /TASS/.": datelines that name their agency.</summary>
    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z]+)?),?\s*(?:(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\.?\s*)?(?:\((?<source>[A-Za-z .]{2,20})\)|/(?<source>[A-Za-z]{2,12})/\.?)\s*(?:--|—|–|-)?\s*")]
    private static partial Regex TitleCaseDateline();

    [GeneratedRegex(@"^(By|BY)\s+[\p{Lu}][\p{L}.'’ -]{1,60}(,\s*[\p{L}.'’ &-]{2,60}){0,2}\s*$")]
    private static partial Regex BylineOnly();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PartialIsoDate();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
