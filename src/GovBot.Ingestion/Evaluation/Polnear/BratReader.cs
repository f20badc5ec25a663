using System.Globalization;

namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// Reads BRAT standoff annotations as PolNeAR writes them: text-bound lines <c>T1\tType START END[;START END…]\ttext</c>
/// and event lines <c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>. Offsets count Unicode code points (BRAT is
/// written from Python), so they are mapped onto the UTF-16 positions .NET strings use.
/// </summary>
public static class BratReader
{
    public static BratDocument Read(string annotations, string text)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(text);
        var toUtf16 = CodePointMap(text);
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var events = new List<(string Id, Dictionary<string, List<string>> Roles)>();
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                // Annotation text that itself spans lines continues here; the offsets already say where it is.
                continue;
            }

            if (fields[0][0] == 'T' && ParseSpan(fields, toUtf16) is { } span)
            {
                spans[span.Id] = span;
            }
            else if (fields[0][0] == 'E')
            {
                var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var part in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = part.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        var role = part[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                        if (!roles.TryGetValue(role, out var ids))
                        {
                            roles[role] = ids = [];
                        }

                        ids.Add(part[(colon + 1)..]);
                    }
                }

                events.Add((fields[0], roles));
            }
        }

        var attributions = new List<BratAttribution>();
        foreach (var (id, roles) in events)
        {
            var contents = Lookup(roles, "Content", spans).ToList();
            if (contents.Count == 0)
            {
                continue;
            }

            var content = contents.Count == 1 ? contents[0] : Merge(contents);
            attributions.Add(new BratAttribution(id, content, Lookup(roles, "Cue", spans).FirstOrDefault(), Lookup(roles, "Source", spans).FirstOrDefault()));
        }

        var discards = spans.Values.Where(s => s.Type == "Discard").OrderBy(s => s.Start).ToList();
        return new BratDocument(attributions.OrderBy(a => a.Content.Start).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(), discards);
    }

    private static IEnumerable<BratSpan> Lookup(Dictionary<string, List<string>> roles, string role, Dictionary<string, BratSpan> spans) =>
        roles.TryGetValue(role, out var ids) ? ids.Select(i => spans.GetValueOrDefault(i)).OfType<BratSpan>() : [];

    private static BratSpan Merge(List<BratSpan> parts)
    {
        var fragments = parts.SelectMany(p => p.Fragments).OrderBy(f => f.Start).ToList();
        return new BratSpan(parts[0].Id, parts[0].Type, fragments, string.Join(" … ", parts.OrderBy(p => p.Start).Select(p => p.Text)));
    }

    private static BratSpan? ParseSpan(string[] fields, int[]? toUtf16)
    {
        var head = fields[1];
        var space = head.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var fragments = new List<(int, int)>();
        foreach (var range in head[(space + 1)..].Split(';'))
        {
            var bounds = range.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2 || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                                   || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
            {
                return null;
            }

            fragments.Add((Map(start, toUtf16), Map(end, toUtf16)));
        }

        return new BratSpan(fields[0], head[..space], fragments, fields.Length > 2 ? fields[2] : "");
    }

    private static int Map(int codePoint, int[]? toUtf16) =>
        toUtf16 is null ? codePoint : toUtf16[Math.Min(codePoint, toUtf16.Length - 1)];

    /// <summary>Null when every character is in the Basic Multilingual Plane, so code points and UTF-16 units agree.</summary>
    private static int[]? CodePointMap(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return null;
        }

        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }
}
