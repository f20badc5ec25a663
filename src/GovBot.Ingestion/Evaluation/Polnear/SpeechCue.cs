namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// Whether an attribution's cue is a verb of speaking — the statements a quote bot exists for — by a simple lemmatiser
/// over the cue's words ("told" → tell, "warning" → warn, "claims" → claim) or the phrase "according to".
/// </summary>
public static class SpeechCue
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "note", "state", "ask", "announce", "claim", "argue", "explain", "insist", "warn", "write",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["said"] = "say", ["says"] = "say", ["saying"] = "say", ["told"] = "tell", ["wrote"] = "write", ["written"] = "write",
        ["writes"] = "write", ["writing"] = "write",
    };

    public static bool IsSpeech(string? cue)
    {
        if (string.IsNullOrWhiteSpace(cue))
        {
            return false;
        }

        var words = Words(cue);
        for (var i = 0; i < words.Count; i++)
        {
            if (Verbs.Contains(Lemma(words[i])) || (words[i] == "according" && i + 1 < words.Count && words[i + 1] == "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speech verb a cue uses ("say", "according to"), or null.</summary>
    public static string? VerbOf(string? cue)
    {
        if (string.IsNullOrWhiteSpace(cue))
        {
            return null;
        }

        var words = Words(cue);
        for (var i = 0; i < words.Count; i++)
        {
            var lemma = Lemma(words[i]);
            if (Verbs.Contains(lemma))
            {
                return lemma;
            }

            if (words[i] == "according" && i + 1 < words.Count && words[i + 1] == "to")
            {
                return "according to";
            }
        }

        return null;
    }

    public static string Lemma(string word)
    {
        if (Irregular.TryGetValue(word, out var lemma))
        {
            return lemma;
        }

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length] + replacement;
                if (Verbs.Contains(stem))
                {
                    return stem;
                }
            }
        }

        return word;
    }

    // Tried in order; the first stem that is a known speech verb wins ("noted" → note, "added" → add, "asks" → ask).
    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""),
    ];

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
