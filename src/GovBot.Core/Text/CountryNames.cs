using System.Reflection;

namespace GovBot.Core.Text;

/// <summary>Normalises country names, abbreviations, capitals standing for governments, demonyms and possessives to one short name.</summary>
public sealed class CountryNames
{
    private static readonly char[] TrailingPunctuation = [',', ';', ':', '?', '!'];

    private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);

    private CountryNames(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                byName.TryAdd(name, names[0]);
            }
        }
    }

    public static CountryNames Shared { get; } = Load();

    /// <summary>The country as a sentence names it: "the Netherlands", "the United States", but "France".</summary>
    public static string InProse(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country.EndsWith(" Republic", StringComparison.Ordinal) ||
        country.EndsWith(" Islands", StringComparison.Ordinal) || country.Contains("Republic of", StringComparison.Ordinal) ||
        country is "Netherlands" or "Philippines" or "Bahamas" or "Maldives" or "Comoros" or "Gambia" or "Holy See"
            ? "the " + country
            : country;

    /// <summary>The canonical country for a name, demonym or possessive ("China's"), or null.</summary>
    public string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (byName.TryGetValue(t, out var exact))
        {
            return exact;
        }

        // Most words asked about are plain capitalised words that are no country: spare them the second lookup.
        if (!MayBeDressed(t))
        {
            return null;
        }

        t = t.TrimEnd(TrailingPunctuation);
        if (t.EndsWith('.') && !byName.ContainsKey(t))
        {
            t = t.TrimEnd('.');
        }

        if (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.EndsWith("s'", StringComparison.Ordinal) || t.EndsWith("s’", StringComparison.Ordinal))
        {
            t = t[..^1];
        }

        if (t.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[4..];
        }

        return byName.TryGetValue(t, out var country) ? country : null;
    }

    private static bool MayBeDressed(string t) =>
        t.Length > 2 && (t[^1] is ',' or ';' or ':' or '?' or '!' or '.' or 's' or '\'' or '’' ||
                         t.StartsWith("the ", StringComparison.OrdinalIgnoreCase));

    private static CountryNames Load() => new(EmbeddedLines.Read(Assembly.GetExecutingAssembly(), ".countries.txt"));
}
