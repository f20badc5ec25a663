namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A subject made of two sides joined by "and": "Security experts and state officials said …", "Ortiz and his rivals for
/// the nomination have said …". Each side is read as a subject of its own; what they say together belongs to both.
/// </summary>
internal static class CoordinatedGroups
{
    /// <summary>The two sides of the words from <paramref name="start"/> to <paramref name="end"/> around their one "and", or null.</summary>
    public static List<List<Token>>? Split(List<Token> toks, int start, int end)
    {
        var and = -1;
        for (var k = start + 1; k < end; k++)
        {
            if (toks[k].Text != "and")
            {
                continue;
            }

            if (and >= 0)
            {
                return null;
            }

            and = k;
        }

        return and < 0 ? null : [toks.GetRange(start, and - start), toks.GetRange(and + 1, end - and)];
    }

    /// <summary>Words that open the other side of "Ortiz and …": her aides, other officials, fellow senators.</summary>
    private static readonly HashSet<string> OtherSide = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "their", "other", "fellow", "several", "some", "many",
    };

    private const int MaxOtherSideTokens = 9;

    /// <summary>Words that open a phrase before the subject and its comma: "At the same time,", "In Iowa,", "Meanwhile,".</summary>
    private static readonly HashSet<string> OpeningPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "on", "for", "after", "before", "during", "since", "meanwhile", "still", "however", "instead", "yet", "but", "and",
        "now", "later", "earlier", "separately", "last", "this", "by", "with", "without", "despite", "as", "when", "while", "then",
    };

    /// <summary>
    /// The named person who opens a subject coordinated with the people around them or another person ("Ortiz and his rivals
    /// for the nomination have said …", "both Ortiz and her campaign had said …", "Ortiz and Senator Lee Park have both
    /// argued …"): the first named person speaks for the statement, or null.
    /// </summary>
    public static Mention? NamedFirst(string text, List<Token> toks, int first, int verb)
    {
        var adverbials = VerbAdverbials.Start(toks, first, verb);
        var end = SubjectPhrase.AuxiliariesStart(toks, first, GroupAside.Start(toks, first, adverbials)) - 1;
        // "Ortiz and Park have both argued …".
        while (end > first && toks[end].Lower is "both" or "all")
        {
            end = SubjectPhrase.AuxiliariesStart(toks, first, end) - 1;
        }

        // The subject opens the sentence or follows its opening phrase's comma ("At the same time, Ortiz and her aides say");
        // after any other comma it is the end of a list or an aside.
        var start = first;
        var commas = 0;
        for (var k = first; k < end; k++)
        {
            if (toks[k].IsPunct(','))
            {
                start = k + 1;
                commas++;
            }
        }

        if (commas > 1 || (commas == 1 && !OpeningPhrases.Contains(toks[first].Text) && !(toks[first].Lower.EndsWith("ly", StringComparison.Ordinal) && start == first + 2)))
        {
            return null;
        }

        while (start < end && toks[start].Lower is "but" or "and" or "yet" or "so" or "still" or "both" or "meanwhile")
        {
            start++;
        }

        var and = toks.FindIndex(start + 1, Math.Max(0, end - start), t => t.Text == "and");
        if (and < 0 || and + 1 > end || end - and > MaxOtherSideTokens || !(OtherSide.Contains(toks[and + 1].Text) || NameFilling(text, toks, and + 1, end + 1) is not null))
        {
            return null;
        }

        for (var k = and + 1; k <= end; k++)
        {
            if (!toks[k].IsWord || UnresolvedSubject.IsClauseWord(toks[k]) && toks[k].Lower is not ("his" or "her" or "their"))
            {
                return null;
            }
        }

        return NameFilling(text, toks, start, and);
    }

    /// <summary>
    /// The name that fills the words from <paramref name="start"/> up to <paramref name="end"/> (exclusive), a place after
    /// "of" included ("Sen. Jon Isling of Georgia"), or null.
    /// </summary>
    private static Mention? NameFilling(string text, List<Token> toks, int start, int end)
    {
        // The mention rules may read "Sen. Jon Isling of" as the title of "Georgia": the person is the name before "of".
        var of = toks.FindIndex(start + 1, Math.Max(0, end - start - 1), t => t.Text == "of");
        if (of > start && toks.Skip(of + 1).Take(end - of - 1).All(t => t.IsCapitalized || t.IsPunct(',')) &&
            MentionParser.Before(text, toks, of, start) is { Kind: MentionKind.Name } person && TokenIndex.AtOrAfter(toks, person.PhraseStart) == start)
        {
            return person;
        }

        return MentionParser.Before(text, toks, end, start) is { Kind: MentionKind.Name } m && TokenIndex.AtOrAfter(toks, m.PhraseStart) == start ? m : null;
    }
}
