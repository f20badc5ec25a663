namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A reporting verb before its subject at the end of reported words: "The plan will not hold, said Carl Benning, an
/// analyst at a bank." and "…, say some party elders, who …". The content is everything before the cue.
/// </summary>
internal static class InvertedCue
{
    private const int MaxGroupTokens = 4;

    /// <summary>Whether the verb at <paramref name="verb"/> stands after a comma that ends reported words of their own.</summary>
    public static bool Applies(List<Token> toks, int first, int verb, int last) =>
        verb - 1 > first + 3 && verb + 1 <= last && toks[verb - 1].IsPunct(',') && SubjectPhrase.IsSpeechVerb(toks[verb].Text) &&
        !toks[verb - 2].IsQuoteMark;

    /// <summary>
    /// Whether the subject after the verb, ending at character <paramref name="end"/>, ends the clause: a comma, a stop or
    /// the sentence's end follows ("…, said Carl Benning."), not a verb ("…, said the government needed …" reports a clause).
    /// </summary>
    public static bool EndsClause(List<Token> toks, int end, int last)
    {
        var next = TokenIndex.AtOrAfter(toks, end);
        // "…, says Mina Corr in Dover.": where the speaker lives or works closes the subject as a comma would.
        next = PlaceEnd(toks, next, last);
        return next < 0 || next > last || toks[next].IsPunct(',') || toks[next].IsPunct('.') || toks[next].IsPunct('(') || toks[next].IsPunct(';');
    }

    private const int MaxPlaceTokens = 4;

    /// <summary>Past "in Dover", "of the Harbor Institute" after a name, or <paramref name="next"/> itself when no such phrase follows.</summary>
    private static int PlaceEnd(List<Token> toks, int next, int last)
    {
        if (next < 0 || next + 1 > last || toks[next].Lower is not ("in" or "of" or "from" or "at"))
        {
            return next;
        }

        var k = next + 1;
        k += toks[k].Lower == "the" ? 1 : 0;
        var words = 0;
        while (k <= last && toks[k].IsWord && toks[k].IsCapitalized && words < MaxPlaceTokens)
        {
            k++;
            words++;
        }

        return words > 0 ? k : next;
    }

    private const int MaxSharedRoleTokens = 4;

    /// <summary>
    /// The named speaker after the verb, closing the clause: "…, said Carl Benning, an analyst", "…, said lobbyist and port
    /// strategist Carl Benning." (two roles joined by "and" before one name); null when none.
    /// </summary>
    public static Mention? NameAfter(string text, List<Token> toks, int verb, int last)
    {
        if (MentionParser.After(text, toks, verb + 1, last + 1) is { } named && EndsClause(toks, named.End, last))
        {
            return named;
        }

        var and = verb + 2;
        while (and <= last && and - verb <= MaxSharedRoleTokens && toks[and].IsWord && char.IsLower(toks[and].Text[0]) && toks[and].Lower != "and")
        {
            and++;
        }

        return and <= last && and > verb + 1 && toks[and].Lower == "and" && char.IsLower(toks[verb + 1].Text[0]) && toks[verb + 1].Lower is not ("the" or "a" or "an") &&
               MentionParser.After(text, toks, and + 1, last + 1) is { Kind: MentionKind.Name } role && EndsClause(toks, role.End, last)
            ? role
            : null;
    }

    /// <summary>A group after the verb, up to a comma or the end: "some party elders", "state officials"; null when none.</summary>
    public static string? GroupAfter(string text, List<Token> toks, int verb, int last)
    {
        var end = verb + 1;
        while (end <= last && end - verb <= MaxGroupTokens && toks[end].IsWord)
        {
            end++;
        }

        var close = end > last || toks[end].IsPunct(',') || toks[end].IsPunct('.');
        var words = toks.GetRange(verb + 1, end - verb - 1);
        if (!close || words.Count == 0 || !SubjectPhrase.IsDocumentOrGroup(words[^1].Text) ||
            words.Any(w => w.Lower is "to" or "that" || char.IsLower(w.Text[0]) && (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("ing", StringComparison.Ordinal))))
        {
            return null;
        }

        var start = words[0].Lower is "the" or "a" or "an" && words.Count > 1 ? 1 : 0;
        return text[words[start].Start..words[^1].End];
    }

    /// <summary>
    /// A described source after the verb that runs to the sentence's end: "…, said several engineers.", "…, said a pilot
    /// who asked not to be named." — as the described-subject rules would read it before a verb; null when none.
    /// </summary>
    public static string? DescribedAfter(string text, List<Token> toks, int verb, int last)
    {
        var close = verb + 1;
        while (close <= last && !toks[close].IsPunct('.') && !toks[close].IsPunct(';') && !toks[close].IsPunct('?') && !toks[close].IsPunct('!') && !toks[close].IsQuoteMark)
        {
            close++;
        }

        // "…,” she wrote in her note to the board.": where the words were said is no source.
        if (close == verb + 1 || !toks[verb + 1].IsWord || TrailingPrepositions.Contains(toks[verb + 1].Text) || (close <= last && !TokenCounts.OnlyPunctuation(toks, close, last)) || toks[close - 1].IsPunct(','))
        {
            return null;
        }

        return UnresolvedSubject.Before(text, toks, verb + 1, close) is var (written, start) && start == verb + 1 ? written : null;
    }

    private static readonly HashSet<string> TrailingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "for", "of", "with", "from", "to", "during", "after", "before", "by", "via", "over", "through",
    };
}
