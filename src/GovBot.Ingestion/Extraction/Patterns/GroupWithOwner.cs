namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// People described by whom they belong to or what they are close to: "Aides to Ortiz say …", "Proponents of the new bill
/// argue …", "Friends of the harbour master say …", "A person familiar with the draft says …". The
/// head names people (a role or a group); what follows the joiner is only whose they are, so the phrase as written is the
/// speaker. A poll's share ("Most of the voters", "Half of the delegates") is not a speaker.
/// </summary>
internal static class GroupWithOwner
{
    private const int MaxTokens = 12;

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "of", "for", "at", "in", "from", "with", "on", "inside", "within", "across",
    };

    /// <summary>Words between the head and its joiner: "sources close to", "a person familiar with", "lawmakers loyal to".</summary>
    private static readonly HashSet<string> Attachments = new(StringComparer.OrdinalIgnoreCase)
    {
        "close", "familiar", "loyal", "opposed", "sympathetic", "allied", "connected", "involved", "briefed", "privy",
    };

    /// <summary>Shares and counts that make a phrase a poll's finding, not a speaker.</summary>
    private static readonly HashSet<string> PollWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "majority", "majorities", "half", "third", "thirds", "quarter", "plurality", "most", "share", "poll", "polls",
        "survey", "surveys", "respondents", "minority", "all", "none", "each", "any", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions",
    };

    /// <summary>Whether the words are people named by a head and its owner, with nothing that makes them a clause or a poll.</summary>
    public static bool Matches(List<Token> words)
    {
        if (words.Count < 3 || words.Count > MaxTokens)
        {
            return false;
        }

        var joiner = words.FindIndex(1, w => Joiners.Contains(w.Text));
        if (joiner < 1 || joiner >= words.Count - 1)
        {
            return false;
        }

        var headAt = Attachments.Contains(words[joiner - 1].Text) ? joiner - 2 : joiner - 1;
        if (headAt < 0)
        {
            return false;
        }

        // Before the head: a determiner, a quantifier or modifiers ("Some Democratic", "Senior campaign"); a capital past the
        // first word would be a name, which the name rules read.
        var head = words[headAt];
        if ((headAt > 0 && !char.IsLower(head.Text[0])) || !UnresolvedSubject.NamesPeople(head) || !head.IsWord)
        {
            return false;
        }

        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            var allowed = w.IsWord || w.IsPunct('-') || w.IsPunct('.') || w.IsPunct('’') || w.IsPunct('\'');
            // A share or a count before the joiner is a poll's ("Most of the voters"); after it, only a poll is ("in the next two states").
            var poll = k < joiner ? PollWords.Contains(w.Text) || w.Text.All(char.IsDigit) : w.Lower is "poll" or "polls" or "survey" or "surveys" or "percent";
            // "to" joins an owner ("aides to Ortiz", "delegation to the forum"); before a verb it would open a clause.
            var joinsOwner = w.Lower == "to" && (k == joiner || (k > joiner && k + 1 < words.Count && (words[k + 1].IsCapitalized || words[k + 1].Lower is "the" or "a" or "an")));
            // "A source close to him": an object pronoun may be the whole owner of an attachment ("close to", "familiar with").
            var pronounOwner = k == joiner + 1 && k == words.Count - 1 && headAt == joiner - 2 && w.Lower is "him" or "her" or "them";
            if (!allowed || poll || (UnresolvedSubject.IsClauseWord(w) && !joinsOwner && !pronounOwner) ||
                (k < headAt && k > 0 && !char.IsLower(w.Text[0])))
            {
                return false;
            }
        }

        // The owner ends in a noun: not a preposition or an article left hanging.
        var last = words[^1];
        return !Joiners.Contains(last.Text) && (last.Lower is not ("the" or "a" or "an" or "and" or "his" or "her" or "their" or "its") ||
                                                 (last.Lower == "her" && headAt == joiner - 2 && words.Count == joiner + 2));
    }
}
