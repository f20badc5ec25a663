namespace GovBot.Core.Features.Ask;

/// <summary>Where a question names who spoke, or who did what: the words between "did/has/does" and the verb.</summary>
public static partial class QuestionParser
{
    /// <summary>
    /// Who is said to have spoken, when the question names someone the parser did not read as a country or role: the
    /// words between "did/has/does" and the speech verb ("what did xi jinping say", "What did Volodymyr Zelenskyy say").
    /// Offices and institutions ("the homeland security advisor", "NSC") are not people, so they name no subject.
    /// </summary>
    private static string? NamedSubject(List<string> tokens, bool[] used)
    {
        var words = SubjectSlot(tokens, used)
            .Select(i => WithoutPossessive(tokens[i]))
            .ToList();

        // One word may be a body the record knows under another name ("the Quad"); a full name of someone absent is refused.
        if (words.Count < 2 || words.Count > MaxNameWords || words.Any(IsOfficeOrBodyWord))
        {
            return null;
        }

        // One who capitalises names elsewhere in the question writes lower-case words as plain words: "Beijing's top cyber
        // envoy" describes an office holder, it does not name one.
        var writesCapitals = tokens.Skip(1).Any(t => char.IsUpper(t[0]));
        if (writesCapitals && words.Any(w => char.IsLower(w[0])))
        {
            return null;
        }

        return string.Join(' ', words);
    }

    /// <summary>The words naming who spoke: between "did/has/does" and the speech verb, less articles and adverbs and words already read.</summary>
    private static List<int> SubjectSlot(List<string> tokens, bool[] used) =>
        SlotRange(tokens) is { } range
            ? Enumerable.Range(range.Start, range.End - range.Start).Where(i => !used[i] && !SubjectFiller.Contains(tokens[i])).ToList()
            : [];

    /// <summary>"…, according to Putin?", "per the White House cyber deputy": the name after them says who spoke.</summary>
    private static IEnumerable<int> AccordingTo(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var after = tokens[i].Equals("per", StringComparison.OrdinalIgnoreCase) ? i + 1
                : i + 1 < tokens.Count && tokens[i].Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase) ? i + 2
                : -1;
            for (var j = after; j >= 0 && j < tokens.Count && j - after < 3 && (char.IsUpper(tokens[j][0]) || j == after) && !QuestionWords.Contains(tokens[j]); j++)
            {
                yield return j;
            }
        }
    }

    /// <summary>
    /// Who did what, when the verb is no speech verb ("When did Putin meet …", "when did trump sign …"): the capitalised words
    /// right after "did/has/does", or in a lower-case question the one word there.
    /// </summary>
    private static List<int> ActorSlot(List<string> tokens)
    {
        var aux = tokens.FindIndex(t => t.ToLowerInvariant() is "did" or "has" or "does" or "have");
        var start = aux + 1;
        while (aux >= 0 && start < tokens.Count && SubjectFiller.Contains(tokens[start]))
        {
            start++;
        }

        if (aux < 0 || start >= tokens.Count || QuestionWords.Contains(tokens[start]))
        {
            return [];
        }

        if (char.IsLower(tokens[start][0]))
        {
            return [start];
        }

        var end = start;
        while (end < tokens.Count && end - start < 3 && char.IsUpper(tokens[end][0]) && !QuestionWords.Contains(tokens[end]))
        {
            end++;
        }

        return Enumerable.Range(start, end - start).ToList();
    }

    /// <summary>A person's name is at most this many words once the title before it is read as a role.</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// The tokens between "did/has/does" and the speech verb; null when the question has no such place. A title may stand
    /// before the name ("did National Cyber Director Chris Inglis say"), so the slot may be longer than a name.
    /// </summary>
    private static (int Start, int End)? SlotRange(List<string> tokens)
    {
        var aux = tokens.FindIndex(t => t.ToLowerInvariant() is "did" or "has" or "does" or "have");
        var verb = aux < 0 ? -1 : tokens.FindIndex(aux + 1, t => SpeechVerbs.Contains(t));
        return verb < 0 || verb - aux > 8 ? null : (aux + 1, verb);
    }

    private static bool IsOfficeOrBodyWord(string word) =>
        (word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c))) || AskLexicon.SubjectNouns.Contains(word);

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "said", "says", "tell", "told", "talk", "talked", "speak", "spoke", "mention", "mentioned", "comment", "commented",
        "call", "called", "warn", "warned", "propose", "proposed", "announce", "announced", "claim", "claimed", "discuss",
        "discussed", "respond", "responded", "react", "reacted", "describe", "described", "blame", "blamed", "accuse", "accused",
        "think", "address", "addressed", "express", "expressed", "stress", "stressed", "urge", "urged", "raise", "raised",
        "write", "wrote", "ever", "complain", "complained", "criticize", "criticized", "criticise", "criticised", "argue", "argued",
        "insist", "insisted", "suggest", "suggested", "admit", "admitted", "deny", "denied", "acknowledge", "acknowledged",
        "condemn", "condemned", "explain", "explained", "emphasize", "emphasized", "emphasise", "emphasised", "declare", "declared",
        "reiterate", "reiterated", "threaten", "threatened", "predict", "predicted", "allege", "alleged",
    };

    private static readonly HashSet<string> SubjectFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "anyone", "anybody", "someone", "any", "first", "ever", "also", "publicly", "recently", "already",
        "officially", "formally", "really", "actually", "at", "in", "of", "from", "for", "and",
    };
}
