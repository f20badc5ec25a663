using System.Text.RegularExpressions;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Summaries;

/// <summary>Key phrases of a text: known cyber-governance phrases first, then its most frequent two-word terms.</summary>
public static partial class TopicExtractor
{
    private static readonly PhraseTrie Known = LoadKnown();

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "was", "were",
        "be", "been", "that", "this", "these", "those", "it", "its", "we", "our", "you", "your", "they", "their", "he", "she",
        "his", "her", "i", "will", "would", "can", "could", "should", "have", "has", "had", "not", "but", "also", "more", "all",
        "said", "says", "about", "which", "who", "what", "there", "here", "so", "than", "very", "just", "into", "out", "up",
        "do", "does", "did", "mr", "ms", "thank", "think", "know", "going", "want", "get", "one", "new", "now", "well", "like",
        "us", "u.s", "let", "make", "way", "other", "many", "some", "any", "each", "no", "yes", "over", "after", "before",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<string> Extract(string text, int limit)
    {
        var found = Count(text)
            .OrderByDescending(k => k.Value)
            .ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => k.Key)
            .ToList();

        if (found.Count < limit)
        {
            var bigrams = CountBigrams(text);
            found.AddRange(bigrams.Where(b => b.Value >= 2)
                .OrderByDescending(b => b.Value)
                .ThenBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => b.Key)
                .Where(b => !found.Any(f => f.Contains(b, StringComparison.Ordinal) || b.Contains(f, StringComparison.Ordinal)))
                .Take(limit - found.Count));
        }

        return found.Take(limit).ToList();
    }

    /// <summary>Two-word terms of content words, lower-cased; words are read in place and a term is allocated once.</summary>
    private static Dictionary<string, int> CountBigrams(string text)
    {
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = bigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        foreach (var clause in Clause().EnumerateMatches(text))
        {
            var span = text.AsSpan(clause.Index, clause.Length);
            var previous = (Index: 0, Length: 0, Content: false);
            foreach (var word in Word().EnumerateMatches(span))
            {
                var content = word.Length >= 3 && !StopLookup.Contains(span.Slice(word.Index, word.Length));
                if (content && previous.Content)
                {
                    var length = previous.Length + 1 + word.Length;
                    if (buffer.Length < length)
                    {
                        buffer = new char[length * 2];
                    }

                    span.Slice(previous.Index, previous.Length).ToLowerInvariant(buffer);
                    buffer[previous.Length] = ' ';
                    span.Slice(word.Index, word.Length).ToLowerInvariant(buffer.AsSpan(previous.Length + 1));
                    var key = buffer.AsSpan(0, length);
                    lookup[key] = lookup.TryGetValue(key, out var n) ? n + 1 : 1;
                }

                previous = (word.Index, word.Length, content);
            }
        }

        return bigrams;
    }

    /// <summary>The known phrases a short statement mentions, for search and browsing.</summary>
    public static List<string> KnownIn(string text) => Count(text).Keys.ToList();

    /// <summary>How many different known phrases a sentence mentions, for ranking summary sentences.</summary>
    public static int DistinctKnownIn(string text) => Known.Matches(text).Distinct(StringComparer.Ordinal).Count();

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in Known.Matches(text))
        {
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        return counts;
    }

    private static PhraseTrie LoadKnown()
    {
        var path = typeof(TopicExtractor).Assembly.GetManifestResourceNames().Single(n => n.EndsWith(".topic-phrases.txt", StringComparison.Ordinal));
        using var stream = typeof(TopicExtractor).Assembly.GetManifestResourceStream(path)!;
        using var reader = new StreamReader(stream);
        var trie = new PhraseTrie();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|').Select(v => v.Trim()).ToList();
            foreach (var variant in parts)
            {
                trie.Add(variant, parts[0]);
            }
        }

        return trie;
    }

    [GeneratedRegex(@"[^.;:!?,()""“”]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
