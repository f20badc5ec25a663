using System.Reflection;
using GovBot.Core.Text;

namespace GovBot.Ingestion.Lexicon;

/// <summary>The word lists extraction rules read, embedded as text files so they can grow without code changes.</summary>
internal static class Lexicons
{
    private static readonly (Dictionary<string, string> Forms, HashSet<string> ObjectTaking) Verbs = LoadVerbs();

    public static readonly IReadOnlyDictionary<string, string> ReportingVerbs = Verbs.Forms;
    public static readonly IReadOnlySet<string> ObjectTakingVerbs = Verbs.ObjectTaking;

    /// <summary>Whether the word is a form of the reporting verb <paramref name="lemma"/> ("explained", "explains" of "explain").</summary>
    public static bool IsFormOf(string word, string lemma) => ReportingVerbs.TryGetValue(word, out var found) && found == lemma;
    public static readonly IReadOnlySet<string> Roles = Words("roles.txt");
    public static readonly IReadOnlySet<string> NewsRoles = Words("news-roles.txt");
    public static readonly IReadOnlySet<string> TitleAbbreviations = Words("title-abbreviations.txt");
    public static readonly IReadOnlySet<string> OrganizationHeads = Words("org-heads.txt");
    public static readonly IReadOnlySet<string> Abbreviations = Words("abbreviations.txt");

    /// <summary>Nouns for an account a speaker gives ("told the story of …", "a joke"): after "tell" the account is the words.</summary>
    public static readonly IReadOnlySet<string> ToldAccounts = Words("told-accounts.txt");
    public static readonly GovBot.Core.Text.CountryNames Countries = GovBot.Core.Text.CountryNames.Shared;
    public static readonly IReadOnlyDictionary<string, bool> FirstNameIsFemale = LoadFirstNames();

    public static readonly IReadOnlyList<(string Publisher, string Country)> SourceCountries = Pairs("sources.txt");

    /// <summary>News outlets and their home countries: a default for the people they quote, never a government voice.</summary>
    public static readonly IReadOnlyList<(string Outlet, string Country)> OutletCountries = Pairs("outlets.txt");

    /// <summary>Office → the organisation it belongs to, for a country or any (*): the office of a title that names no organisation.</summary>
    public static readonly IReadOnlyList<(string Office, string Country, string? Organization)> OfficeOrganizations =
        Triples("office-organisations.txt").OrderByDescending(t => t.Item1.Length).ThenBy(t => t.Item2 == "*" ? 1 : 0)
            .Select(t => (t.Item1.ToLowerInvariant(), t.Item2, t.Item3 == "-" ? null : t.Item3)).ToList();

    /// <summary>Short forms of organisation names → the name to store ("NSC" → National Security Council), by country or any (*).</summary>
    public static readonly IReadOnlyList<(string Short, string Country, string Name)> OrganizationNames = Triples("organisation-names.txt");

    /// <summary>Family names written first (Chinese, Korean): the short form of "Wang Yi" is Wang.</summary>
    public static readonly IReadOnlySet<string> FamilyNameFirst = Words("family-name-first.txt");

    /// <summary>US states with their AP abbreviation and postal code, for descriptions such as "the Florida senator".</summary>
    public static readonly IReadOnlyList<(string Name, string Abbreviation, string Postal)> UsStates = Triples("us-states.txt");

    /// <summary>
    /// Names of US states that are never a person's name as a speaker ("Iowa said", "New Hampshire"): states whose name is
    /// also a given name or surname (Washington, Georgia, Virginia, Montana) stay possible names.
    /// </summary>
    public static readonly IReadOnlySet<string> StateNamesNotPeople = UsStates.Select(s => s.Name)
        .Except(["Washington", "Georgia", "Virginia", "Montana"], StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>An office word a description ends in → its forms in a title or beside a name ("senator" → senator, sen.).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OfficeDescriptions = Pairs("office-descriptions.txt")
        .ToDictionary(p => p.Item1, p => p.Item2.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static List<(string, string, string)> Triples(string name) =>
        Lines(name).Select(l => l.Split('|')).Select(p => (p[0].Trim(), p[1].Trim(), p[2].Trim())).ToList();

    private static List<(string, string)> Pairs(string name) =>
        Lines(name).Select(l => l.Split('|')).Select(p => (p[0].Trim(), p[1].Trim())).ToList();

    /// <summary>Inflected form → lemma.</summary>
    private static (Dictionary<string, string>, HashSet<string>) LoadVerbs()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var objectTaking = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("reporting-verbs.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var takesObject = parts[^1] == "!";
            foreach (var form in parts.Where(p => p != "!"))
            {
                forms[form] = parts[0];
                if (takesObject)
                {
                    objectTaking.Add(form);
                }
            }
        }

        return (forms, objectTaking);
    }

    private static Dictionary<string, bool> LoadFirstNames()
    {
        var names = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("first-names.txt"))
        {
            var female = line.StartsWith("F:", StringComparison.Ordinal);
            foreach (var name in line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                names.TryAdd(name, female);
            }
        }

        return names;
    }

    private static HashSet<string> Words(string name) =>
        Lines(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Lines(string name) => EmbeddedLines.Read(Assembly.GetExecutingAssembly(), "." + name);
}
