namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A quantifier standing for people as the subject of a speech verb: "many said …", "some are quietly saying …", "most of
/// them said …", "Several of her own organizers have said …", "all but two said …". News writes a group this way once it
/// has been named, or when it stays unnamed; the phrase as written is the speaker, as for "Critics said …".
/// </summary>
internal static class QuantifierSubject
{
    private const int MaxOwnerTokens = 6;

    /// <summary>Quantifiers that stand alone for people.</summary>
    private static readonly HashSet<string> Alone = new(StringComparer.OrdinalIgnoreCase)
    {
        "many", "some", "most", "several", "others", "both", "few", "all", "none",
    };

    /// <summary>Words that may close the clause before the subject: "…, and many said", "While some say …".</summary>
    private static readonly HashSet<string> Joins = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "though", "although", "whereas", "yet", "still", "meanwhile", "now", "even", "indeed", "as",
    };

    /// <summary>Whose people the quantifier counts: "of them", "of whom", "of us".</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "them", "those", "us" };

    /// <summary>
    /// The quantifier phrase ending at <paramref name="end"/> (the last token before the verb's auxiliaries) that opens its
    /// clause, as its first and last token; null when there is none.
    /// </summary>
    public static (int Start, int End)? Before(List<Token> toks, int first, int end, bool second = false)
    {
        if (end < first || !toks[end].IsWord)
        {
            return null;
        }

        int start;
        if (Alone.Contains(toks[end].Text) && toks[end].Lower != "all")
        {
            // "many", "others".
            start = end;
        }
        else if (end - 2 >= first && toks[end - 2].Lower == "all" && toks[end - 1].Lower == "but" && toks[end].IsWord && (char.IsDigit(toks[end].Text[0]) || toks[end].Lower is "one" or "two" or "three" or "four" or "five"))
        {
            // "all but two".
            start = end - 2;
        }
        else if (Of(toks, first, end) is var of and > 0 && Alone.Contains(toks[of - 1].Text))
        {
            // "most of them", "Several of her own organizers".
            start = of - 1;
        }
        else if (second && CountStart(toks, first, end) is var count and >= 0)
        {
            // "…, 45 have said they back Lindqvist", "…, and at least 2,000 said they would": after a statement, a bare count of the
            // people just counted opens the next clause.
            start = count;
        }
        else
        {
            return null;
        }

        var before = start - 1;
        while (before >= first && Joins.Contains(toks[before].Text))
        {
            before--;
        }

        // "…, and many said", "… even as some of them said": a joining word closes the clause before.
        // "Ortiz and others said" joins two subjects: "and" closes a clause only after a comma.
        var joinsNouns = !second && before >= first && toks[before].IsWord && toks[before + 1].Lower is "and" or "but" or "yet";
        var opens = (before < start - 1 && !joinsNouns) || before < first || toks[before].IsPunct(',') || toks[before].IsPunct(';') || toks[before].IsPunct(':') || ClauseBoundary.IsDash(toks[before]);
        return opens ? (start, end) : null;
    }

    /// <summary>Where a count of people ending at <paramref name="end"/> starts ("45", "2,000", "at least 2,000", "about 300"), or -1.</summary>
    private static int CountStart(List<Token> toks, int first, int end)
    {
        if (!IsDigits(toks[end].Text))
        {
            return -1;
        }

        var start = end;
        if (start - 2 >= first && toks[start - 1].IsPunct(',') && toks[start].Text.Length == 3 && IsDigits(toks[start - 2].Text))
        {
            start -= 2;
        }

        if (start - 2 >= first && toks[start - 2].Lower is "at" or "more" or "fewer" or "less" && toks[start - 1].Lower is "least" or "than")
        {
            return start - 2;
        }

        return start - 1 >= first && toks[start - 1].Lower is "about" or "nearly" or "almost" or "roughly" or "only" or "just" ? start - 1 : start;
    }

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    /// <summary>Where "of" stands when the words after it up to <paramref name="end"/> are people: "of them", "of her own organizers"; -1 otherwise.</summary>
    private static int Of(List<Token> toks, int first, int end)
    {
        var of = -1;
        for (var k = end - 1; k > first && end - k <= MaxOwnerTokens; k--)
        {
            if (toks[k].Lower == "of")
            {
                of = k;
                break;
            }
        }

        if (of < 0)
        {
            return -1;
        }

        if (of + 1 == end)
        {
            return Pronouns.Contains(toks[end].Text) ? of : -1;
        }

        // "of her own organizers", "of her supporters": a plural head that names people, with no clause word before it.
        for (var k = of + 1; k < end; k++)
        {
            var t = toks[k];
            if (!(t.IsWord || t.IsPunct('’') || t.IsPunct('\'')) || (UnresolvedSubject.IsClauseWord(t) && t.Lower is not ("his" or "her" or "their" or "our")))
            {
                return -1;
            }
        }

        var head = toks[end];
        return head.Lower.EndsWith('s') && UnresolvedSubject.NamesPeople(head) ? of : -1;
    }
}
