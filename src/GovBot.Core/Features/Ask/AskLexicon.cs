using System.Reflection;
using GovBot.Core.Text;

namespace GovBot.Core.Features.Ask;

/// <summary>The role phrases and synonym groups questions are read with, kept as data.</summary>
internal static class AskLexicon
{
    public static readonly IReadOnlyList<(string Phrase, string[] Words)> Roles = LoadRoles();
    public static readonly IReadOnlyDictionary<string, string[]> Synonyms = LoadSynonyms();

    /// <summary>Words that make a question's subject an office, group or institution rather than a person ("… Initiative", "… advisor").</summary>
    public static readonly IReadOnlySet<string> SubjectNouns = Lines("subject-nouns.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Subject nouns that name one office ("the homeland security advisor"), so the words before them are a title.</summary>
    public static readonly IReadOnlySet<string> Offices = Lines("offices.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forums and bodies a question may name as where something was said ("at the IGF"), from venues.txt.</summary>
    public static readonly IReadOnlyList<Venue> Venues = Lines("venues.txt")
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Select(names => new Venue(names[0], names))
        .ToList();

    /// <summary>Every venue name and abbreviation, to tell a forum ("OEWG") from a person's name in a question.</summary>
    public static readonly IReadOnlySet<string> VenueNames = Venues.SelectMany(v => v.Names).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regions a question may name instead of a country, each under every name it goes by, from regions.txt.</summary>
    public static readonly IReadOnlyDictionary<string, Region> Regions = LoadRegions();

    private static Dictionary<string, Region> LoadRegions()
    {
        var map = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("regions.txt"))
        {
            var halves = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            var names = halves[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var region = new Region(names[0], halves[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            foreach (var name in names)
            {
                map[name] = region;
            }
        }

        return map;
    }

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

    private static IEnumerable<string> Lines(string name) => EmbeddedLines.Read(Assembly.GetExecutingAssembly(), ".Ask." + name);
}
