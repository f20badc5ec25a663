namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "They" as the subject of a reporting verb: "Campaign aides said … . They said the count would take a week." The group
/// that spoke just before is the speaker; nothing else is, so a "they" after a named person is left alone.
/// </summary>
internal static class PluralPronoun
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "so", "still", "yet", "now", "instead" };

    /// <summary>Where the "they" that is the subject of <paramref name="verb"/> stands, or -1.</summary>
    public static int Subject(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s < first || toks[s].Lower != "they")
        {
            return -1;
        }

        var before = s - 1;
        return before < first || toks[before].IsPunct(',') || Openers.Contains(toks[before].Text) || ClauseOpeners.Precede(toks, first, s) ? s : -1;
    }

    private const int MaxTheyOpeningTokens = 5;

    /// <summary>
    /// Where a "they" that opens the clause from <paramref name="first"/> stands, after at most a few words of time ("Within
    /// the hour they changed course …, and said …"), or -1: the subject a later verb of the clause shares.
    /// </summary>
    public static int Opening(List<Token> toks, int first, int limit)
    {
        for (var k = first; k < limit && k - first <= MaxTheyOpeningTokens; k++)
        {
            if (toks[k].Lower == "they")
            {
                return k + 1 < limit && toks[k + 1].IsWord && char.IsLower(toks[k + 1].Text[0]) ? k : -1;
            }

            if (!toks[k].IsWord || Vocabulary.IsReportingVerb(toks[k].Text) || UnresolvedSubject.IsClauseWord(toks[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the text between the group's statement and the "they" names another group or document that "they" may stand
    /// for ("Republicans say … . Still, Democrats believe … . They say …").
    /// </summary>
    public static bool OtherGroupBetween(string text, int from, int to, string group)
    {
        var head = group.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return from < to && Tokenizer.Tokenize(text, from, to).Any(t => t.IsWord && t.Text.Length > 3 && t.Lower.EndsWith('s') &&
                                                                          SubjectPhrase.IsDocumentOrGroup(t.Text) && !t.Text.Equals(head, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether <paramref name="speaker"/> is a group as written ("campaign aides", "Protest organizers", "Several Democrats"),
    /// not a person's name: a lower-case plural head, or a capitalised group of people of the subject-heads lexicon.
    /// </summary>
    public static bool IsGroup(string speaker)
    {
        // "engineers who have worked with Benning": the head stands before the relative clause.
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var relative = Array.FindIndex(words, w => w is "who" or "that" or "whose");
        var head = (relative > 0 ? words[relative - 1] : words.LastOrDefault()) ?? "";

        // "Friends of the mayor", "Allies of his campaign": a plural noun before "of" and a determiner is the head, capitalised
        // only because it opens the sentence.
        var opensOf = relative < 0 && words.Length >= 3 && words[1] == "of" && words[2] is "the" or "a" or "an" or "his" or "her" or "their" or "its";
        if (opensOf)
        {
            head = words[0].ToLowerInvariant();
        }

        return head.Length > 3 && (char.IsLower(head[0]) || SubjectPhrase.IsDocumentOrGroup(head)) && head.EndsWith('s') &&
               !head.EndsWith("’s", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal);
    }

    private const int MaxGroupTokens = 6;

    /// <summary>The plural group that opens the sentence at <paramref name="first"/>, before token <paramref name="limit"/>, as written, or null.</summary>
    public static string? GroupOpening(string text, List<Token> toks, int first, int limit)
    {
        // "While many port watchers expect …, they say": a subordinator or a short opening phrase ("But throughout the
        // summer, …") stands before the group.
        var opener = first;
        while (first < limit && Subordinators.Contains(toks[first].Text))
        {
            first++;
        }

        var comma = toks.FindIndex(first, Math.Min(MaxOpeningTokens, Math.Max(0, limit - first)), t => t.IsPunct(','));
        return Opening(text, toks, first, limit) ?? (comma > first && comma + 1 < limit && OpeningPrepositions.Contains(toks[first].Text) ? Opening(text, toks, comma + 1, limit) : null) ??
               AfterOpeningClause(text, toks, opener, limit) ?? OwnedGroup(text, toks, first, limit);
    }

    private const int MaxOwnerTokens = 3;
    private const int MaxOwnedModifiers = 2;

    /// <summary>
    /// "Ortiz's allies bristle at the charge — it is unfair, they say.": a group named by whose it is, a capitalised owner
    /// with "'s" and a plural head of people, opening the sentence before its lower-case verb; as written, or null.
    /// </summary>
    private static string? OwnedGroup(string text, List<Token> toks, int first, int limit)
    {
        var owner = first;
        while (owner < limit && owner - first < MaxOwnerTokens && toks[owner].IsCapitalized && !MentionParser.IsPossessive(toks[owner]))
        {
            owner++;
        }

        if (owner >= limit || !toks[owner].IsCapitalized || !MentionParser.IsPossessive(toks[owner]) || Vocabulary.Pronouns.Contains(toks[first].Text))
        {
            return null;
        }

        var head = owner + 1;
        while (head + 1 < limit && head - owner <= MaxOwnedModifiers && toks[head].IsWord && char.IsLower(toks[head].Text[0]) && !UnresolvedSubject.NamesPeople(toks[head]))
        {
            head++;
        }

        var verb = head + 1;
        return verb < limit && toks[head].IsWord && char.IsLower(toks[head].Text[0]) && toks[head].Lower.EndsWith('s') && UnresolvedSubject.NamesPeople(toks[head]) &&
               toks[verb].IsWord && char.IsLower(toks[verb].Text[0]) && !UnresolvedSubject.NamesPeople(toks[verb])
            ? text[toks[first].Start..toks[head].End]
            : null;
    }

    private const int MaxOpeningClauseTokens = 16;

    private static readonly HashSet<string> ClauseSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "when", "while", "after", "before", "since", "though", "although", "because", "once", "until",
    };

    /// <summary>
    /// "When the count began last spring, port officials canvassed the valley.": the group after a short opening clause
    /// and its comma, or null.
    /// </summary>
    private static string? AfterOpeningClause(string text, List<Token> toks, int opener, int limit)
    {
        if (opener >= limit || !ClauseSubordinators.Contains(toks[opener].Text))
        {
            return null;
        }

        for (var k = opener + 2; k < limit && k - opener <= MaxOpeningClauseTokens; k++)
        {
            if (toks[k].IsPunct(','))
            {
                return k + 1 < limit ? Opening(text, toks, k + 1, limit) : null;
            }

            if (!toks[k].IsWord && !toks[k].IsPunct('.') && !toks[k].IsPunct('-'))
            {
                return null;
            }
        }

        return null;
    }

    private const int MaxOpeningTokens = 6;

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "though", "although", "because", "since", "when", "but", "and", "yet", "still",
    };

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "throughout", "in", "on", "at", "during", "after", "before", "since", "over", "for", "earlier", "later", "last",
    };

    private static string? Opening(string text, List<Token> toks, int first, int limit)
    {
        for (var k = first + 1; k < limit && k - first <= MaxGroupTokens; k++)
        {
            if (toks[k].IsWord && char.IsLower(toks[k].Text[0]) && UnresolvedSubject.GroupBefore(text, toks, first, k) is { } group)
            {
                return group;
            }

            // "Councillors, who hold the majority, have blocked …, saying …": the group before its relative clause.
            if (toks[k].IsPunct(',') && k + 1 < limit && toks[k + 1].Lower == "who" && UnresolvedSubject.GroupBefore(text, toks, first, k) is { } described)
            {
                return described;
            }
        }

        return LowerCaseGroup(text, toks, first, limit);
    }

    /// <summary>Words that describe a group after its head: "engineers within the two guilds", "crews from the east dock".</summary>
    private static readonly HashSet<string> GroupDescribers = new(StringComparer.Ordinal) { "within", "of", "from", "in", "at", "across", "inside" };

    /// <summary>
    /// "During the spring, engineers within the two guilds faulted the vote …": a lower-case plural head of people opening the
    /// clause after an opening phrase (the name rules only read such a group when it opens the sentence, capitalised), with
    /// a short phrase describing it; the group as written, or null.
    /// </summary>
    private static string? LowerCaseGroup(string text, List<Token> toks, int first, int limit)
    {
        var head = toks[first];
        if (first >= limit || !head.IsWord || !char.IsLower(head.Text[0]) || head.Text.Length <= 3 || !head.Lower.EndsWith('s') || !UnresolvedSubject.NamesPeople(head))
        {
            return null;
        }

        var end = first;
        if (first + 1 < limit && GroupDescribers.Contains(toks[first + 1].Text))
        {
            // The describing phrase runs to the first word that reads as the clause's verb.
            var k = first + 2;
            while (k < limit && k - first <= MaxGroupTokens && toks[k].IsWord && !toks[k].Lower.EndsWith("ed", StringComparison.Ordinal) && !Vocabulary.IsReportingVerb(toks[k].Text))
            {
                k++;
            }

            end = k < limit && k - first <= MaxGroupTokens && k > first + 2 ? k - 1 : first;
        }

        return text[head.Start..toks[end].End];
    }

    /// <summary>
    /// The plural group that opens the sentence ending just before token <paramref name="end"/>, as written, or null:
    /// "Tenant organizers criticized the ruling. They said …" — what a group did just before "they" says who "they" are.
    /// </summary>
    public static string? GroupOpeningSentenceBefore(string text, List<Token> toks, int end)
    {
        var stop = end - 1;
        if (stop < 1 || !toks[stop].IsPunct('.'))
        {
            return null;
        }

        var start = stop - 1;
        while (start >= 0 && !(toks[start].IsPunct('.') || toks[start].IsPunct('?') || toks[start].IsPunct('!')))
        {
            start--;
        }

        return GroupOpening(text, toks, start + 1, stop);
    }
}
