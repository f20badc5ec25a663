using GovBot.Core.Search;
using GovBot.Core.Text;

namespace GovBot.Search;

/// <summary>
/// Finds speakers by what people type: full names, aliases, one part of a name ("Long", "putin"),
/// prefixes and small typos. Exact token hits are dictionary lookups; the typo scan runs only when they fail.
/// </summary>
internal sealed class SpeakerDirectory
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> byKey = new(StringComparer.Ordinal);
    private string[]? sortedTokens;

    public void Upsert(string speakerId, string name, IEnumerable<string> aliases)
    {
        Remove(speakerId);
        var names = new[] { name }.Concat(aliases).Select(NameKey.For).Where(k => k.Length > 0).Distinct().ToArray();
        var entry = new Entry(speakerId, name, names);
        entries[speakerId] = entry;
        foreach (var key in names)
        {
            Add(byKey, key, speakerId);
            foreach (var token in key.Split('-'))
            {
                Add(byToken, token, speakerId);
            }
        }

        sortedTokens = null;
    }

    public void Remove(string speakerId)
    {
        if (!entries.Remove(speakerId, out var entry))
        {
            return;
        }

        foreach (var key in entry.Keys)
        {
            RemoveFrom(byKey, key, speakerId);
            foreach (var token in key.Split('-'))
            {
                RemoveFrom(byToken, token, speakerId);
            }
        }

        sortedTokens = null;
    }

    public string? NameOf(string speakerId) => entries.TryGetValue(speakerId, out var entry) ? entry.Name : null;

    public IReadOnlyList<SpeakerMatch> Find(string query, int limit)
    {
        var key = NameKey.For(query);
        if (key.Length == 0 || key.Length > 200)
        {
            return [];
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (byKey.TryGetValue(key, out var exact))
        {
            foreach (var id in exact)
            {
                scores[id] = 1.0;
            }
        }

        var tokens = key.Split('-').Where(t => t.Length > 0).Take(8).ToArray();
        if (scores.Count == 0)
        {
            ScoreByTokens(tokens, scores);
        }

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => entries[kv.Key].Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(kv => new SpeakerMatch(kv.Key, entries[kv.Key].Name, Math.Round(kv.Value, 3)))
            .ToList();
    }

    /// <summary>Names nearest to a query that matched nothing, for suggestions: any of its words within a few typos of a name's word.</summary>
    public IReadOnlyList<string> Nearest(string query, int limit)
    {
        var words = NameKey.Tokens(query).Where(t => t.Length >= 3).Take(4).ToArray();
        var sorted = sortedTokens ??= byToken.Keys.Order(StringComparer.Ordinal).ToArray();
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var allowed = Math.Max(2, EditDistance.Allowed(word.Length) + 1);
            foreach (var token in sorted)
            {
                if (Math.Abs(token.Length - word.Length) > allowed)
                {
                    continue;
                }

                var distance = EditDistance.Bounded(word, token, allowed);
                if (distance > allowed)
                {
                    continue;
                }

                foreach (var id in byToken[token])
                {
                    best[id] = Math.Min(best.GetValueOrDefault(id, int.MaxValue), distance);
                }
            }
        }

        return best.OrderBy(kv => kv.Value)
            .ThenBy(kv => entries[kv.Key].Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(kv => entries[kv.Key].Name)
            .ToList();
    }

    private void ScoreByTokens(string[] tokens, Dictionary<string, double> scores)
    {
        // Every typed token must match some token of the name; the weakest token decides the score.
        Dictionary<string, double>? combined = null;
        foreach (var token in tokens)
        {
            var perToken = MatchToken(token);
            if (combined is null)
            {
                combined = perToken;
            }
            else
            {
                foreach (var id in combined.Keys.ToList())
                {
                    if (perToken.TryGetValue(id, out var s))
                    {
                        combined[id] = Math.Min(combined[id], s);
                    }
                    else
                    {
                        combined.Remove(id);
                    }
                }
            }

            if (combined.Count == 0)
            {
                return;
            }
        }

        foreach (var (id, score) in combined ?? [])
        {
            var coverage = (double)tokens.Length / Math.Max(tokens.Length, entries[id].Keys[0].Split('-').Length);
            scores[id] = score * (0.8 + (0.15 * coverage));
        }
    }

    private Dictionary<string, double> MatchToken(string token)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        if (byToken.TryGetValue(token, out var exact))
        {
            foreach (var id in exact)
            {
                found[id] = 1.0;
            }

            return found;
        }

        var sorted = sortedTokens ??= byToken.Keys.Order(StringComparer.Ordinal).ToArray();
        if (token.Length >= 3)
        {
            var i = Array.BinarySearch(sorted, token, StringComparer.Ordinal);
            for (i = i < 0 ? ~i : i; i < sorted.Length && sorted[i].StartsWith(token, StringComparison.Ordinal); i++)
            {
                foreach (var id in byToken[sorted[i]])
                {
                    found[id] = Math.Max(found.GetValueOrDefault(id), 0.85);
                }
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        var allowed = EditDistance.Allowed(token.Length);
        if (allowed == 0)
        {
            return found;
        }

        foreach (var candidate in sorted)
        {
            var distance = EditDistance.Bounded(token, candidate, allowed);
            if (distance <= allowed)
            {
                foreach (var id in byToken[candidate])
                {
                    found[id] = Math.Max(found.GetValueOrDefault(id), 0.75 - (0.1 * distance));
                }
            }
        }

        return found;
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        set.Add(id);
    }

    private static void RemoveFrom(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (map.TryGetValue(key, out var set) && set.Remove(id) && set.Count == 0)
        {
            map.Remove(key);
        }
    }

    private sealed record Entry(string Id, string Name, string[] Keys);
}
