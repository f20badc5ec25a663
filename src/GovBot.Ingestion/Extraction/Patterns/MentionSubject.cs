namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Where a named subject's clause opens when the words before it are no content of their own: after a dash glued to the
/// name or a dateline ("… in May -Mayor Ortiz said she would …", "Jan 4 (Wire) — Ortiz on Monday said …"), and after a
/// short phrase of time ("Hours later, Velnor said the event was off."), where the few words after the verb are the
/// statement, not the words before the comma.
/// </summary>
internal static class MentionSubject
{
    private const int MaxTimePhraseTokens = 4;

    private static readonly HashSet<string> TimeEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "later", "earlier", "ago", "afterward", "afterwards", "since", "then", "now", "today", "tonight", "yesterday",
    };

    /// <summary>
    /// Whether a dash opens the clause right before the subject at <paramref name="subjectStart"/> and a clause follows the
    /// verb at <paramref name="verb"/>; "The plan — Ortiz said — is dead" is an aside, left to the aside rules.
    /// </summary>
    public static bool AfterDash(List<Token> toks, int first, int subjectStart, int verb) =>
        subjectStart - 1 >= first && IsDash(toks[subjectStart - 1]) && verb + 1 < toks.Count && toks[verb + 1].IsWord;

    private static bool IsDash(Token t) => t.IsPunct('-') || t.IsPunct('—') || t.IsPunct('–');

    /// <summary>
    /// Whether tokens first..comma-1 are only a short phrase of time ("Hours later", "Two days later", "Moments ago"),
    /// which a trailing cue would otherwise take for the statement.
    /// </summary>
    public static bool AfterTimePhrase(List<Token> toks, int first, int comma) =>
        comma - first is >= 1 and <= MaxTimePhraseTokens && TimeEnds.Contains(toks[comma - 1].Text) &&
        toks.GetRange(first, comma - first).All(t => t.IsWord);

    private const int MaxOpeningPhraseTokens = 12;
    private const int MinClauseTokens = 3;

    /// <summary>Words that may stand between a sentence's opening and its subject: "Still, even Ortiz says …", "Yet now Ortiz says …".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "still", "even", "yet", "so", "now", "indeed", "instead", "then", "too", "again", "likewise", "similarly", "already", "but", "and",
        "however", "meanwhile", "also", "separately", "earlier", "later",
    };

    /// <summary>Where the subject starts past words that only open the sentence ("And even Ortiz tried …" → "Ortiz"), or <paramref name="first"/>.</summary>
    public static int PastOpeners(List<Token> toks, int first, int limit)
    {
        var k = first;
        while (k < limit && (Openers.Contains(toks[k].Text) || (k > first && toks[k].IsPunct(','))))
        {
            k++;
        }

        return k < limit ? k : first;
    }

    private const int MaxDescriptionTokens = 8;
    private const int MaxAppositiveTokens = 6;

    /// <summary>Words that open a description of one person: "One port commissioner, …", "His deputy, …".</summary>
    private static readonly HashSet<string> DescriptionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "a", "an", "the", "another", "his", "her", "its", "their",
    };

    /// <summary>
    /// "Marlow’s port board chair, Dana Ortiz, voiced …", "One port commissioner, Dana Ortiz, says …": the name set off by
    /// commas after a short description that opens the clause is the subject, not the possessive or the description.
    /// </summary>
    public static Mention? AppositiveName(string text, List<Token> toks, int first, int limit)
    {
        if (first >= limit || !toks[first].IsWord || !(MentionParser.IsPossessive(toks[first]) || DescriptionOpeners.Contains(toks[first].Text)))
        {
            return null;
        }

        var open = toks.FindIndex(first + 1, Math.Max(0, Math.Min(MaxDescriptionTokens, limit - first - 1)), t => !t.IsWord);
        if (open < 0 || !toks[open].IsPunct(',') || !toks.GetRange(first + 1, open - first - 1).Any(t => char.IsLower(t.Text[0])))
        {
            return null;
        }

        var close = toks.FindIndex(open + 1, Math.Max(0, Math.Min(MaxAppositiveTokens, limit - open - 1)), t => t.IsPunct(','));
        if (close < 0 || close + 1 > limit || !toks[close + 1].IsWord || !char.IsLower(toks[close + 1].Text[0]) ||
            MentionParser.Before(text, toks, close, open + 1) is not { Kind: MentionKind.Name } named || TokenIndex.AtOrAfter(toks, named.PhraseStart) != open + 1)
        {
            return null;
        }

        // "India's representative, Arvind Menon, …": the description before the name still tells whose representative.
        return named.Country is null && RolePhrase.Parse(text, toks.GetRange(first, open - first)).Country is { } country ? named with { Country = country } : named;
    }

    /// <summary>The mention when it is a name that is no possessive ("Ortiz’s allies"), or null.</summary>
    public static Mention? PlainName(List<Token> toks, Mention? m) =>
        m is { Kind: MentionKind.Name } && TokenIndex.LastEndingBy(toks, m.End) is var at && at >= 0 && !MentionParser.IsPossessive(toks[at]) &&
        !(at + 1 < toks.Count && toks[at + 1].Text is "’s" or "'s" or "’" or "'") ? m : null;

    /// <summary>Auxiliaries and common finite verbs that show the words before "and" are a clause of their own.</summary>
    private static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "did", "does", "can", "could", "may", "might", "should",
    };

    /// <summary>Whether only sentence openers and commas ("Still, even") come before the subject at <paramref name="subjectStart"/>.</summary>
    public static bool AfterOpeners(List<Token> toks, int first, int subjectStart) =>
        subjectStart > first && toks.GetRange(first, subjectStart - first).All(t => t.IsPunct(',') || Openers.Contains(t.Text)) &&
        toks.GetRange(first, subjectStart - first).Any(t => t.IsWord);

    /// <summary>
    /// "He was copied on the letter and Brill said he …": a name after "and" or "but" that closes a clause of its own (a
    /// finite verb, no name or role just before the conjunction) opens a second clause. "Ortiz and Brill said" is a pair.
    /// </summary>
    public static bool AfterClauseAnd(List<Token> toks, int first, int subjectStart)
    {
        var and = subjectStart - 1;
        if (and - first < MinClauseTokens || toks[and].Lower is not ("and" or "but"))
        {
            return false;
        }

        var before = toks[and - 1];
        if (!before.IsWord || char.IsUpper(before.Text[0]) || Vocabulary.IsRole(before.Text) || Vocabulary.Pronouns.Contains(before.Text))
        {
            return false;
        }

        var open = and - 1;
        while (open > first && !toks[open - 1].IsPunct(',') && !toks[open - 1].IsPunct(';'))
        {
            open--;
        }

        return toks.GetRange(open, and - open).Any(t => t.IsWord && char.IsLower(t.Text[0]) && Finite.Contains(t.Text));
    }

    /// <summary>
    /// Where the clause after a short opening phrase starts ("Walking to the pier, Tilde …" → "Tilde"), or <paramref name="limit"/>
    /// when no comma closes one.
    /// </summary>
    public static int AfterOpeningPhrase(List<Token> toks, int first, int limit)
    {
        for (var k = first + 1; k < limit && k - first <= MaxOpeningPhraseTokens; k++)
        {
            if (toks[k].IsPunct(','))
            {
                return k + 1 < limit ? k + 1 : limit;
            }

            if (toks[k].IsQuoteMark || toks[k].IsPunct(';') || toks[k].IsPunct(':'))
            {
                break;
            }
        }

        return limit;
    }

    /// <summary>
    /// Where the clause starts after an opening adverbial and its comma ("Shortly after the vote, Vorn …", "At the pier on
    /// Monday, Vorn …"), or -1: a capitalised word and a lower-case one open the phrase, where a name ("Dale Vorn, …") or a
    /// name and its aside ("Vorn, who …") would not, and no reporting verb lies in it ("Politico reported, …").
    /// </summary>
    public static int AfterOpeningAdverbial(List<Token> toks, int first, int limit)
    {
        if (first + 1 >= limit || !toks[first].IsWord || !toks[first + 1].IsWord || !char.IsLower(toks[first + 1].Text[0]))
        {
            return -1;
        }

        var after = AfterOpeningPhrase(toks, first, limit);
        for (var k = first; k < after - 1; k++)
        {
            // "In a note, …" names a thing; "Politico reported, …" reports.
            if (Vocabulary.IsReportingVerb(toks[k].Text) && !(k > first && toks[k - 1].Lower is "a" or "an" or "the" or "her" or "his" or "their" or "its"))
            {
                return -1;
            }
        }

        return after < limit ? after : -1;
    }

    /// <summary>Prepositions that open the occasion between a subject and its verb: "Vorn in a blog post said", "Vorn on Monday told".</summary>
    private static readonly HashSet<string> OccasionPrepositions = new(StringComparer.Ordinal) { "in", "on", "at", "during", "via", "through" };

    private const int MaxOccasionTokens = 8;

    /// <summary>
    /// "Dale Vorn in a blog post said …": the name that opens the subject when a short occasion after it runs to the verb,
    /// so that the occasion is not read as part of the speaker's name; null otherwise.
    /// </summary>
    public static Mention? NameBeforeOccasion(string text, List<Token> toks, int start, int end)
    {
        if (MentionParser.After(text, toks, start, end + 1) is not { Kind: MentionKind.Name } named || named.PhraseStart != toks[start].Start)
        {
            return null;
        }

        var after = TokenIndex.AtOrAfter(toks, named.End);
        return after > start && after < end && end - after < MaxOccasionTokens && OccasionPrepositions.Contains(toks[after].Text) &&
               toks.GetRange(after, end - after + 1).All(t => t.IsWord)
            ? named
            : null;
    }

    /// <summary>The mention when it is a plain name opening the clause at <paramref name="start"/> ("Vorn", not "the Vorn campaign"), or null.</summary>
    public static Mention? NameAt(List<Token> toks, int start, Mention? m) =>
        PlainName(toks, m) is { } named && named.PhraseStart == toks[start].Start && TokenIndex.LastEndingBy(toks, named.End) is var end and >= 0 &&
        !PlainSubject.NamesABody(toks, start, Math.Min(end + 1, toks.Count - 1))
            ? named
            : null;

    /// <summary>"Walking along the quay, …": a participle opens the sentence, so its subject comes after the comma.</summary>
    public static bool OpensWithParticiple(List<Token> toks, int first) =>
        toks[first].IsWord && toks[first].Text.Length > 4 && toks[first].Text.EndsWith("ing", StringComparison.Ordinal) &&
        toks.FindIndex(first, Math.Min(MaxOpeningPhraseTokens, toks.Count - first), t => t.IsPunct(',')) > first;

    /// <summary>
    /// The named subject after lower-case words that describe it ("the district party Chairman Carl Benning declined …"),
    /// when the description runs from the clause's start at <paramref name="first"/> through the lower-case word at
    /// <paramref name="k"/> to the name; null otherwise.
    /// </summary>
    public static Mention? DescribedName(string text, List<Token> toks, int first, int k, int limit)
    {
        if (!toks[k].IsWord || !char.IsLower(toks[k].Text[0]) || k + 1 >= limit || !toks[k + 1].IsCapitalized)
        {
            return null;
        }

        var end = k + 1;
        while (end < limit && (toks[end].IsCapitalized || toks[end].IsPunct('.')))
        {
            end++;
        }

        if (end >= limit || !toks[end].IsWord || !char.IsLower(toks[end].Text[0]) ||
            MentionParser.Before(text, toks, end, first) is not { Kind: MentionKind.Name } named)
        {
            return null;
        }

        var subjectStart = TokenIndex.AtOrAfter(toks, named.PhraseStart);
        return subjectStart <= first + 1 || SubjectPremodifiers.Precede(toks, first, subjectStart, end, named.Title is not null) ? named : null;
    }
}
