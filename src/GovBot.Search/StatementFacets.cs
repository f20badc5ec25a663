using GovBot.Core.Search;

namespace GovBot.Search;

/// <summary>
/// What constraints read of each statement (speaker, country, year), kept as compact columns by statement ordinal. A
/// filter runs for every statement a common word touches; reading these arrays instead of each statement's entry object
/// keeps that from missing the cache at every posting (it was the larger part of a question's time at 100×).
/// </summary>
internal sealed class StatementFacets
{
    private const int None = -1;
    private readonly List<int> speakers = [];
    private readonly List<int> countries = [];
    private readonly List<short> years = [];
    private readonly List<bool> publisher = [];
    private readonly Dictionary<string, int> speakerCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countryCodes = new(StringComparer.OrdinalIgnoreCase);

    public void Add(StatementEntry entry)
    {
        speakers.Add(Code(speakerCodes, entry.SpeakerId));
        countries.Add(Code(countryCodes, entry.Country));
        years.Add((short)(entry.Year ?? 0));
        publisher.Add(entry.Publisher);
    }

    /// <summary>The test a query's constraints make, or null when it makes none; role words still read the entry's title.</summary>
    /// <param name="naming">Statements that name the speaker asked about, any of which counts as theirs when nobody is its speaker.</param>
    public Func<int, bool>? Filter(StatementQuery query, string[][] roles, IReadOnlyList<StatementEntry> entries, HashSet<int>? naming = null)
    {
        if (!query.IsNarrowed)
        {
            return null;
        }

        var wanted = query.SpeakerIds.Concat(query.SpeakerId is null ? [] : [query.SpeakerId]).ToList();

        // A speaker or country the index has never seen matches nothing, so its code is one no statement carries.
        var speakerSet = wanted.Count == 0 ? null : wanted.Select(id => speakerCodes.GetValueOrDefault(id, int.MinValue)).ToHashSet();
        var country = query.Country is null ? None : countryCodes.GetValueOrDefault(query.Country, int.MinValue);
        var anyOf = query.Countries.Count == 0 ? null : query.Countries.Select(c => countryCodes.GetValueOrDefault(c, int.MinValue)).ToHashSet();
        var from = query.FromYear ?? int.MinValue;
        var to = query.ToYear ?? int.MaxValue;
        var dated = query.FromYear is not null || query.ToYear is not null;
        return doc =>
            (speakerSet is null || speakerSet.Contains(speakers[doc]) || (naming is not null && publisher[doc] && naming.Contains(doc))) &&
            (country == None || countries[doc] == country) &&
            (anyOf is null || anyOf.Contains(countries[doc])) &&
            (!dated || (years[doc] != 0 && years[doc] >= from && years[doc] <= to)) &&
            (roles.Length == 0 || HoldsRole(entries[doc].Role, roles));
    }

    /// <summary>Loops, not LINQ: a lambda here would allocate for every statement tested.</summary>
    private static bool HoldsRole(string role, string[][] required)
    {
        foreach (var alternatives in required)
        {
            var found = false;
            foreach (var word in alternatives)
            {
                found |= role.Contains(word, StringComparison.Ordinal);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static int Code(Dictionary<string, int> codes, string? value)
    {
        if (value is null)
        {
            return None;
        }

        if (!codes.TryGetValue(value, out var code))
        {
            code = codes.Count;
            codes[value] = code;
        }

        return code;
    }
}
