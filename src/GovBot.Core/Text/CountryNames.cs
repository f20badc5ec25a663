using System.Reflection;

namespace GovBot.Core.Text;

/// <summary>Normalises country names, abbreviations, capitals standing for governments, demonyms and possessives to one short name.</summary>
public sealed class CountryNames
{
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

        t = t.TrimEnd(',', ';', ':', '?', '!');
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

    private static CountryNames Load() => new(EmbeddedLines.Read(Assembly.GetExecutingAssembly(), ".countries.txt"));
}
