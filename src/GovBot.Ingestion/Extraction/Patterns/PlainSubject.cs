namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// The last resort for a sentence no other pattern reads: a plain noun phrase that opens the clause right before a speech
/// verb ("Intel said …", "Many of the local leaders who backed the bill said …", "The Harbor Trust says …"). The phrase
/// is cut at its first aside or relative clause, which describe the speaker rather than name it.
/// </summary>
internal static class PlainSubject
{
    private const int MaxTokens = 14;

    /// <summary>Words that show the phrase is a clause, a pronoun or an idiom, not a speaker.</summary>
    private static readonly HashSet<string> NotAHead = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "this", "that", "these", "those", "there", "here",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "if", "whether", "because", "as", "than", "one",
        "nobody", "everyone", "anyone", "someone", "nothing", "something", "anything", "everything", "all", "to", "and", "or",
        "but", "of", "for", "in", "on", "at", "by", "with", "from", "about", "the", "a", "an", "his", "her", "their", "its", "our",
        "my", "your", "needless", "suffice", "truth", "fair", "safe", "hard", "enough", "way", "time",
    };

    /// <summary>Words that open an adverbial phrase, not a subject: "Under federal law …", "Over 10 years …".</summary>
    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "over", "under", "with", "without", "for", "during", "after", "before", "since", "from", "to",
        "as", "like", "unlike", "despite", "amid", "among", "through", "throughout", "within", "until", "upon", "via", "per",
        "so", "then", "there", "here", "neither", "nor", "no", "none", "it", "they", "he", "she", "we", "i", "you", "what", "this", "that", "if", "when", "while", "once", "though", "although", "because",
    };

    /// <summary>Heads that say when, not who, beside the days: "April", "last year".</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "week",
        "weekend", "month", "year", "years", "night", "morning", "afternoon", "evening", "summer", "spring", "fall", "winter",
        "later", "earlier", "ago", "first", "second", "meanwhile", "broadly", "instead", "however",
    };

    /// <summary>Words that may open a sentence before its subject.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "now", "meanwhile", "however", "yet", "instead", "separately", "also", "even", "in", "response",
    };

    /// <summary>
    /// The subject ending before <paramref name="verb"/> and starting the clause at <paramref name="first"/> (after openers),
    /// as its first token and the last token of the part that names the speaker; null when the words are no noun phrase.
    /// </summary>
    public static (int Start, int NameEnd)? Before(List<Token> toks, int first, int verb)
    {
        // "Ortiz on Thursday evening said", "aides have in the past said": time words and adverbs before the verb.
        var end = SubjectPhrase.AuxiliariesStart(toks, first, VerbAdverbials.Start(toks, first, verb)) - 1;

        if (end > first && IsRelative(toks[end]))
        {
            // "Kesty met a young engineer, who said …": the verb's subject is the relative word, and the speaker its antecedent,
            // never the clause before it.
            return RelativeClause.AntecedentPhrase(toks, first, toks[end - 1].IsPunct(',') || toks[end - 1].IsPunct('—') || toks[end - 1].IsPunct('–') ? end - 2 : end - 1);
        }

        var start = first;
        while (start < end && (Openers.Contains(toks[start].Text) || toks[start].IsPunct(',')))
        {
            start++;
        }

        // "Hours later, Intel said …", "In Texas, half of the voters said …": an opening phrase ends at its comma; a comma
        // pair is an aside after the subject.
        var commas = 0;
        var lastComma = -1;
        for (var k = start; k <= end; k++)
        {
            if (toks[k].IsPunct(','))
            {
                commas++;
                lastComma = k;
            }
        }

        if (commas % 2 == 1 && !(lastComma + 1 <= end && IsRelative(toks[lastComma + 1])))
        {
            start = lastComma + 1;
            // "…, but many islanders have said …", "…, even a top strategist said …": the opener after the comma is no part of the speaker.
            while (start < end && Openers.Contains(toks[start].Text))
            {
                start++;
            }
        }

        if (end < start || end - start + 1 > MaxTokens || Introducers.Contains(toks[start].Text))
        {
            return null;
        }

        // "The harbour trust, in a long letter to its members, has said": the speaker is named before the aside.
        var nameEnd = start;
        while (nameEnd + 1 <= end && !toks[nameEnd + 1].IsPunct(',') && !IsRelative(toks[nameEnd + 1]) && !toks[nameEnd + 1].Text.StartsWith('—') &&
               !toks[nameEnd + 1].IsPunct('(') && toks[nameEnd + 1].Text is not ("--" or "–"))
        {
            nameEnd++;
        }

        // "Ortiz passed rules that appeals courts said discriminated …", "Ortiz backed the plan, which they say keeps …": a
        // relative clause whose words before the verb hold no verb of their own has its own subject there, and the phrase
        // before it is that clause's object, not the speaker.
        var relative = nameEnd + 1 <= end && toks[nameEnd + 1].IsPunct(',') ? nameEnd + 2 : nameEnd + 1;
        if (relative <= end && toks[relative].Lower is "that" or "which" or "whom" && end - relative is >= 1 and <= 4 &&
            toks.GetRange(relative + 1, end - relative).All(t => t.IsWord && !t.Lower.EndsWith("ed", StringComparison.Ordinal) && !Vocabulary.IsReportingVerb(t.Text) &&
                                                                  t.Lower is not ("is" or "are" or "was" or "were" or "has" or "have" or "had")))
        {
            return null;
        }

        // "The survey showed a majority of island voters say …": the object of a past tense speaks, not the clause before it.
        if (ClauseInPhrase.FiniteVerbAt(toks, start, nameEnd) is var finite and >= 0)
        {
            if (toks[finite + 1].Lower is not ("a" or "an" or "the") || finite + 2 > nameEnd)
            {
                return null;
            }

            start = finite + 1;
        }

        for (var k = start; k <= nameEnd; k++)
        {
            var t = toks[k];
            if (!t.IsWord && !t.IsPunct('-') && !t.IsPunct('.') && !t.IsPunct('&') && !t.IsPunct('%') && t.Text is not ("’s" or "'s" or "’" or "'"))
            {
                return null;
            }

            if (!t.IsCapitalized && (Vocabulary.IsReportingVerb(t.Text) || t.Lower.EndsWith("ed", StringComparison.Ordinal) && k == nameEnd))
            {
                return null;
            }
        }

        var head = toks[nameEnd];
        if (NotAHead.Contains(head.Text) || TimeWords.Contains(head.Text) || Vocabulary.Days.Contains(head.Text) || !head.IsWord || head.Text.Length < 2 || char.IsDigit(head.Text[0]) ||
            head.Lower.EndsWith("ly", StringComparison.Ordinal) && !head.IsCapitalized || head.Text.Contains('\'') || head.Text.Contains('’') ||
            toks[start].Lower.EndsWith("ing", StringComparison.Ordinal) && !toks[start].IsCapitalized)
        {
            return null;
        }

        // A clause rather than a phrase ("The bill passed and critics said"): a lower-case verb-like word inside the name.
        for (var k = start + 1; k < nameEnd; k++)
        {
            if (toks[k].Lower is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "did" or "and" or "or" or "but" or "to" or
                "be" or "been" or "could" or "can" or "should" or "may" or "might" or "must" or "not" or "what" or "how")
            {
                return null;
            }
        }

        return (start, nameEnd);
    }

    /// <summary>
    /// Whether the phrase is a state rather than a speaker: a country or its capital alone ("Moscow"), or its government
    /// ("Ruritania's government"); "U.S. officials" and "Americans" are people and stay.
    /// </summary>
    public static bool NamesAState(List<Token> toks, int start, int end)
    {
        var head = toks[end];
        if (head.IsCapitalized)
        {
            return !head.Text.EndsWith('s') && Lexicon.Lexicons.Countries.Normalize(head.Text) is not null;
        }

        return head.Lower is "government" or "state" or "regime" or "authorities" or "leadership" && CapitalisedRuns(toks, start, end).Any(r => Lexicon.Lexicons.Countries.Normalize(r) is not null);
    }

    /// <summary>
    /// Whether the phrase describes people rather than naming a body: a lower-case head that is no kind of body ("local
    /// leaders", "most of them", "those surveyed") or a party's or nation's members ("Senate Republicans", "Americans").
    /// </summary>
    public static bool DescribesPeople(List<Token> toks, int start, int end)
    {
        var head = toks[end];
        if (NamesABody(toks, start, end))
        {
            return false;
        }

        return !head.IsCapitalized || head.Text.EndsWith('s') && (PartyMembers.Contains(head.Text) || Lexicon.Lexicons.Countries.Normalize(head.Text) is not null);
    }

    /// <summary>Whether a lower-case word of the phrase is a kind of body: "the hospital", "mobile carrier Hoshi Mobile".</summary>
    public static bool NamesABody(List<Token> toks, int start, int end) =>
        toks.GetRange(start, end - start + 1).Any(t => !t.IsCapitalized && (BodySubject.IsBodyHead(t.Text) || Bodies.Contains(t.Text)));

    /// <summary>Kinds of body beyond the ones whose bare name stands for the last body that spoke.</summary>
    private static readonly HashSet<string> Bodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "hospital", "university", "school", "bank", "council", "party", "group", "organization", "organisation", "association",
        "union", "coalition", "center", "centre", "club", "church", "team", "paper", "outlet", "station", "service", "unit",
        "authority", "regulator", "watchdog", "carrier", "operator", "provider", "manufacturer", "maker", "retailer", "airline",
        "insurer", "fund", "trust", "alliance", "caucus", "chamber", "parliament", "assembly", "legislature", "police",
        "military", "army", "government", "cabinet",
    };

    private static readonly HashSet<string> PartyMembers = new(StringComparer.Ordinal)
    {
        "Republicans", "Democrats", "Conservatives", "Liberals", "Independents", "Libertarians", "Evangelicals", "Catholics", "Greens",
    };

    private static IEnumerable<string> CapitalisedRuns(List<Token> toks, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (!toks[k].IsCapitalized)
            {
                continue;
            }

            var from = k;
            while (k + 1 <= end && toks[k + 1].IsCapitalized)
            {
                k++;
            }

            yield return string.Join(' ', toks.GetRange(from, k - from + 1).Select(t => t.Text));
        }
    }

    /// <summary>
    /// Whether the words after the verb are no reported clause: "adds up to …", "laid claim for …", "said would cost …",
    /// "wrote the introduction" (writing reports a clause only after "that").
    /// </summary>
    public static bool OpensNoClause(List<Token> toks, int verb, int content) =>
        toks[content].Lower is "up" or "for" or "to" or "in" or "on" or "at" or "with" or "about" or "of" or "by" or "from" or "into" ||
        // "Repairs the treasurer said would cost millions …": the verb is inside a clause whose subject came before it.
        toks[content].Lower is "would" or "will" or "could" or "should" or "can" or "may" or "might" or "must" or "is" or "are" or "was" or "were" ||
        toks[verb].Lower.StartsWith("wr", StringComparison.Ordinal) && toks[content - 1].Lower != "that";

    private static bool IsRelative(Token t) => t.Lower is "who" or "which" or "that" or "whose" or "whom";
}
