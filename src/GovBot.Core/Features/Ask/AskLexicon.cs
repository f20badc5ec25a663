using System.Reflection;

namespace GovBot.Core.Features.Ask;

/// <summary>The role phrases and synonym groups questions are read with, kept as data.</summary>
internal static class AskLexicon
{
    public static readonly IReadOnlyList<(string Phrase, string[] Words)> Roles = LoadRoles();
    public static readonly IReadOnlyDictionary<string, string[]> Synonyms = LoadSynonyms();

    private static List<(string, string[])> LoadRoles() =>
        Lines("roles.txt").Select(l => l.Split('|')).Select(p => (p[0].Trim(), p[1].Split(',', StringSplitOptions.TrimEntries))).ToList();

    private static Dictionary<string, string[]> LoadSynonyms()
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("synonyms.txt"))
        {
            var group = line.Split('|', StringSplitOptions.TrimEntries);
            foreach (var word in group)
            {
                map[word] = group;
            }
        }

        return map;
    }

    private static IEnumerable<string> Lines(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Ask." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
