using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Keeps a title to one person's office. A title phrase read from a list of people ("Press Secretary Jen Psaki and Deputy
/// National Security Advisor …") or from a sentence ("… who negotiates with Russia over Syria") holds another person's
/// name or a clause; only the office that belongs to the speaker is kept, or nothing when the phrase is someone else's.
/// </summary>
internal static class TitleSanity
{
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "and", ",", "&", ";" };

    /// <summary>Words that start a clause: a title never goes on past them.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "who", "whom", "whose", "which", "that", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "must", "does", "did", "do", "told", "met", "meets", "negotiates", "negotiated",
        "visits", "visited", "leads", "led", "wants", "wanted", "plans", "planned", "hopes", "hoped", "when", "while", "after",
        "before", "because", "since", "if", "said", "says", "added", "stated", "announced", "announces", "welcome", "welcomes",
        "welcomed", "honored", "honoured", "pleased", "proud", "visit", "visiting",
    };

    /// <param name="title">The title phrase as read.</param>
    /// <param name="ownName">The speaker's own name, which may close the phrase ("Minister … Ali Sabry") without making it someone else's.</param>
    public static string? Clean(string? title, string? ownName = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // The same phrases come back for every mention of a person, so each is read once.
        var key = (title, ownName ?? "");
        if (Cache.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Cache.Count > MaxCached)
        {
            Cache.Clear();
        }

        var cleaned = Read(title, ownName);
        Cache[key] = cleaned;
        return cleaned;
    }

    private const int MaxCached = 20_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Title, string Own), string?> Cache = new();

    private static string? Read(string title, string? ownName)
    {
        var tokens = Tokenizer.Tokenize(title, 0, title.Length);
        var start = 0;
        var end = tokens.Count;

        // A clause ends the title: "envoy who negotiates with Russia over Syria" → "envoy".
        for (var i = 0; i < end; i++)
        {
            var t = tokens[i];
            if (t.IsWord && !t.IsCapitalized && ClauseWords.Contains(t.Text))
            {
                end = i;
                break;
            }
        }

        var nameWords = tokens.Select(t => Vocabulary.IsNameWord(t)).ToArray();

        // Another person's name followed by "and" or a comma: what comes after is the next person's office, and it is the
        // only part that can be this speaker's ("Press Secretary Jen Psaki and Deputy … Advisor" → "Deputy … Advisor").
        for (var i = start; i < end; i++)
        {
            var run = NameRunAt(tokens, nameWords, i, end);
            if (run == 0)
            {
                continue;
            }

            var after = i + run;
            if (after < end && ListJoiners.Contains(tokens[after].Text))
            {
                start = after + 1;
                while (start < end && (ListJoiners.Contains(tokens[start].Text) || tokens[start].Text is "the"))
                {
                    start++;
                }

                i = start - 1;
                continue;
            }

            if (after >= end && ownName is not null && IsOwnName(tokens, i, after, ownName))
            {
                end = i;
                break;
            }

            if (after >= end)
            {
                // The phrase ends in a name: it is that person's title, not this speaker's.
                return null;
            }
        }

        // "our Deputy National Security Advisor": whose office it is belongs to the sentence, not to the title.
        while (start < end && tokens[start].Text is "our" or "my" or "his" or "her" or "their" or "your" or "its")
        {
            start++;
        }

        while (end > start && (Vocabulary.Honorifics.Contains(tokens[end - 1].Text) || !tokens[end - 1].IsWord ||
                               tokens[end - 1].Text is "and" or "of" or "for" or "the" or "a" or "an" or "to" or "at" or "in"))
        {
            end--;
        }

        if (end <= start || !tokens.Skip(start).Take(end - start).Any(t => Vocabulary.IsRole(t.Text)))
        {
            return start == 0 && end == tokens.Count ? title.Trim() : null;
        }

        var cleaned = title[tokens[start].Start..tokens[end - 1].End].Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// The length of a person's name starting at <paramref name="i"/>: name words after a role or honorific
    /// ("Secretary Jen Psaki", "President Biden"), or two or more starting with a known given name ("Anne Neuberger").
    /// </summary>
    private static int NameRunAt(List<Token> tokens, bool[] nameWords, int i, int end)
    {
        if (!nameWords[i])
        {
            return 0;
        }

        var n = 0;
        while (i + n < end && (nameWords[i + n] || (n > 0 && IsInitial(tokens[i + n]))))
        {
            n++;
        }

        if (n == 0)
        {
            return 0;
        }

        var afterRole = i > 0 && (Vocabulary.IsRole(tokens[i - 1].Text) || Vocabulary.Honorifics.Contains(tokens[i - 1].Text));
        var givenName = Lexicons.FirstNameIsFemale.ContainsKey(tokens[i].Text);
        if (afterRole && (n >= 2 || (i + n < end && ListJoiners.Contains(tokens[i + n].Text))))
        {
            return n;
        }

        return givenName && n >= 2 ? n : 0;
    }

    private static bool IsOwnName(List<Token> tokens, int from, int to, string ownName)
    {
        var own = GovBot.Core.Text.NameKey.Tokens(ownName);
        return tokens.Skip(from).Take(to - from).All(t => own.Contains(GovBot.Core.Text.NameKey.For(t.Text)));
    }

    private static bool IsInitial(Token t) => t.Text.Length == 2 && char.IsUpper(t.Text[0]) && t.Text[1] == '.';
}
