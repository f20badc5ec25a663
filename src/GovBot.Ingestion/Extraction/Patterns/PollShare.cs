namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A poll's share of respondents as the subject of a speech verb: "26% say …", "Two in three said …", "nearly three in five
/// said …", "half of the dock workers said …", "A majority of the ferry riders say …", "those surveyed say …", "Just under a
/// third, 31 percent, say …". The README keeps these with the phrase as written for the speaker. The share may follow a
/// clause of its own ("…, though 41 percent said …", "…; 38% say …", "… while 47 percent say …").
/// </summary>
internal static class PollShare
{
    private const int MaxOwnerTokens = 8;

    /// <summary>Words that soften or bound a share: "just over", "nearly", "more than", "about".</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "just", "only", "nearly", "almost", "about", "around", "roughly", "some", "fully", "over", "under", "more", "less", "fewer",
        "than", "exactly", "barely", "slightly", "well", "another", "a", "an", "the", "still", "also", "even", "approximately",
    };

    /// <summary>Words that may end the clause before the share: "…, though 41 percent said", "… while 47 percent say".</summary>
    private static readonly HashSet<string> Joins = new(StringComparer.OrdinalIgnoreCase)
    {
        "though", "although", "while", "whereas", "but", "and", "yet", "meanwhile", "still", "however", "now", "which", "whom",
    };

    /// <summary>Shares written as a word: "half", "a third", "three-fourths", "a majority".</summary>
    private static readonly HashSet<string> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        "half", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "majority", "majorities", "plurality",
        "minority", "two-thirds", "three-fourths", "three-quarters", "two-fifths", "three-fifths", "four-fifths", "one-third",
        "one-quarter", "one-fourth", "one-fifth", "one-half",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    };

    /// <summary>"those surveyed", "those polled": the respondents as a whole.</summary>
    private static readonly HashSet<string> Asked = new(StringComparer.OrdinalIgnoreCase)
    {
        "surveyed", "polled", "questioned", "interviewed", "asked", "responding", "sampled",
    };

    /// <summary>
    /// The share that ends at <paramref name="end"/> (the last token before the verb's auxiliaries) and opens its clause,
    /// as its first and last token; null when the words are no share. After another statement in the sentence
    /// (<paramref name="second"/>), "and" after a word opens a clause too ("Half of the drivers said … and one in five said …").
    /// </summary>
    public static (int Start, int End)? Before(List<Token> toks, int first, int end, bool second = false)
    {
        if (end < first)
        {
            return null;
        }

        // "Just under a third, 31 percent, say": the figure in the aside restates the share before it.
        var coreEnd = end;
        if (toks[end].IsPunct(',') && Aside(toks, first, end - 1) is var open and > 0)
        {
            coreEnd = open - 1;
        }
        else if (toks[end].IsPunct(')') && Bracketed(toks, first, end) is var bracket and > 0)
        {
            // "37 percent (and 52 percent of welders) said": the bracket narrows the share before it.
            coreEnd = bracket - 1;
        }

        // "… of her backers", "… of those surveyed": whose share it is.
        var of = -1;
        for (var k = coreEnd - 1; k > first && coreEnd - k <= MaxOwnerTokens; k--)
        {
            if (toks[k].Lower == "of")
            {
                of = k;
                break;
            }
        }

        var shareEnd = of > first && toks[of - 1].Lower != "out" && OwnerHolds(toks, of + 1, coreEnd) ? of - 1 : coreEnd;
        if (Share(toks, first, shareEnd) is not { } start)
        {
            return null;
        }

        start = ListStart(toks, first, start);

        // The share opens its clause: at its start, after a comma, a semicolon, a colon or a dash, or after "though", "while" …
        var before = start - 1;
        while (before >= first && Joins.Contains(toks[before].Text) && (!toks[before].IsCapitalized || before == first))
        {
            before--;
        }

        // "…, though 41 percent said", "… while 47 percent say", "… in which 58 percent of ratepayers say": a word that closes the clause before.
        var joined = before < start - 1 && (second || !(before >= first && toks[before].IsWord && toks[before + 1].Lower is "and" or "but" or "yet"));
        // "…, with 50 percent saying it is faster", "riders with roughly two in five saying …": the share is the subject of the
        // participle after "with", whatever closes the words before it; a share is never an instrument one does a thing with.
        var withParticiple = before == start - 1 && before - 1 >= first && toks[before].Lower == "with" &&
                             end + 1 < toks.Count && toks[end + 1].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (withParticiple)
        {
            return (start, end);
        }

        return before < first || joined || toks[before].IsPunct(',') || toks[before].IsPunct(';') || toks[before].IsPunct(':') || IsDash(toks[before]) ||
               FindingThat(toks, first, before)
            ? (start, end)
            : null;
    }

    /// <summary>
    /// "45% of commuters, 28% of students and 12% of retirees say …": shares listed before the last one speak together, so
    /// the subject starts at the first of them.
    /// </summary>
    private static int ListStart(List<Token> toks, int first, int start)
    {
        while (start - 2 >= first && (toks[start - 1].IsPunct(',') || toks[start - 1].Lower == "and"))
        {
            var previousEnd = toks[start - 1].Lower == "and" && toks[start - 2].IsPunct(',') ? start - 3 : start - 2;
            var of = -1;
            for (var k = previousEnd; k > first && previousEnd - k < MaxOwnerTokens; k--)
            {
                if (toks[k].Lower == "of")
                {
                    of = k;
                    break;
                }

                if (!toks[k].IsWord)
                {
                    break;
                }
            }

            if (Share(toks, first, of > first ? of - 1 : previousEnd) is not { } previous)
            {
                break;
            }

            start = previous;
        }

        return start;
    }

    /// <summary>
    /// Copulas whose "that" opens a finding: "The best news is that 64 percent said …". After "reports that" or "found that" a
    /// share may be the object of a reduced relative ("… found that the majority of drivers admitted this spring were …"), so
    /// only a copula is trusted.
    /// </summary>
    private static readonly HashSet<string> Findings = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "are", "were" };

    /// <summary>"… is that 64 percent …": a share after a finding's "that" is its clause's subject, not a relative clause's.</summary>
    private static bool FindingThat(List<Token> toks, int first, int before) =>
        before - 1 >= first && toks[before].Lower == "that" && Findings.Contains(toks[before - 1].Text);

    /// <summary>Where the bracket that closes at <paramref name="close"/> opens, within a short aside, or -1.</summary>
    private static int Bracketed(List<Token> toks, int first, int close)
    {
        for (var k = close - 1; k >= first && close - k <= MaxOwnerTokens + 2; k--)
        {
            if (toks[k].IsPunct('('))
            {
                return k > first ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a figure opens a share at <paramref name="k"/>: "27 percent", "33%", "two in three".</summary>
    public static bool OpensAt(List<Token> toks, int k) =>
        k + 1 < toks.Count && IsNumber(toks[k]) && (toks[k + 1].IsPunct('%') || toks[k + 1].Lower is "percent" or "in");

    /// <summary>Where the share ending at <paramref name="end"/> starts, hedges included, or null.</summary>
    private static int? Share(List<Token> toks, int first, int end)
    {
        if (end < first)
        {
            return null;
        }

        int core;
        var last = toks[end];
        if ((last.IsPunct('%') || last.Lower == "percent") && end - 1 >= first && IsNumber(toks[end - 1]))
        {
            // "26%", "Sixty percent".
            core = end - 1;
        }
        else if (last.Lower == "cent" && end - 2 >= first && toks[end - 1].Lower == "per" && IsNumber(toks[end - 2]))
        {
            core = end - 2;
        }
        else if (IsNumber(last) && end - 2 >= first && toks[end - 1].Lower == "in" && IsNumber(toks[end - 2]))
        {
            // "Two in three", "six in 10".
            core = end - 2;
        }
        else if (IsNumber(last) && end - 3 >= first && toks[end - 1].Lower == "of" && toks[end - 2].Lower == "out" && IsNumber(toks[end - 3]))
        {
            // "Nearly nine out of 10".
            core = end - 3;
        }
        else if (Fractions.Contains(last.Text))
        {
            // "half", "a third", "three-fourths", "Two-thirds", "A majority".
            core = end - 1 >= first && (NumberWords.Contains(toks[end - 1].Text) || toks[end - 1].Lower is "a" or "one") ? end - 1 : end;
        }
        else if (Asked.Contains(last.Text) && end - 1 >= first && toks[end - 1].Lower == "those")
        {
            // "those surveyed".
            core = end - 1;
        }
        else if (end - 2 >= first && toks[end - 2].Lower == "those" && toks[end - 1].Lower is "over" or "under" or "aged" && IsNumber(last))
        {
            // "Those over 60".
            core = end - 2;
        }
        else
        {
            return null;
        }

        var start = core;
        while (start - 1 >= first && Hedges.Contains(toks[start - 1].Text) && end - start < 8)
        {
            start--;
        }

        // "as many as 40 percent", "as few as one in five": a bound written around the figure.
        if (start - 3 >= first && toks[start - 3].Lower == "as" && toks[start - 2].Lower is "many" or "few" or "much" && toks[start - 1].Lower == "as")
        {
            start -= 3;
        }

        return start;
    }

    /// <summary>Whether the words after "of" are whose share it is: "voters", "her backers", "those surveyed", "those who use the tunnel".</summary>
    private static bool OwnerHolds(List<Token> toks, int from, int to)
    {
        if (from > to)
        {
            return false;
        }

        for (var k = from; k <= to; k++)
        {
            var t = toks[k];
            var allowed = t.IsWord || t.IsPunct('-') || t.IsPunct('’') || t.IsPunct('\'');
            var clauseWord = UnresolvedSubject.IsClauseWord(t) && !(t.Lower is "those" or "them" or "who" or "named" or "their" or "his" or "her" or "its" or "these");
            if (!allowed || clauseWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the comma aside that closes at <paramref name="close"/> opens, when it holds only a figure ("26 percent", "33%"); -1 otherwise.</summary>
    private static int Aside(List<Token> toks, int first, int close)
    {
        var open = close;
        while (open > first && !toks[open].IsPunct(','))
        {
            open--;
        }

        return open > first && toks[open].IsPunct(',') && Share(toks, open + 1, close) == open + 1 ? open : -1;
    }

    private static bool IsNumber(Token t) => t.IsWord && (char.IsDigit(t.Text[0]) || NumberWords.Contains(t.Text) || t.Text.Split('-').All(NumberWords.Contains));

    private static bool IsDash(Token t) => t.IsPunct('—') || t.IsPunct('–') || t.IsPunct('-') || t.IsPunct('―');
}
