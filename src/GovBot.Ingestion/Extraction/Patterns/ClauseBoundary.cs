namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Where one reporting clause ends and the next begins in a sentence that holds two: a fronted subordinate clause
/// ("While Ortiz has said that the fund is safe, Brennan said …", "Although Ortiz says the pier is sound, engineers …")
/// ends at its comma; and a second subject after ", and", ", but", ", although", ", whereas" or a semicolon opens a
/// reporting clause of its own ("Ortiz said the fund is safe, but Brennan said it is empty").
/// </summary>
internal static class ClauseBoundary
{
    private const int MaxFrontedTokens = 60;

    /// <summary>Conjunctions that make a sentence-opening clause subordinate to the one after its comma.</summary>
    private static readonly HashSet<string> FrontedOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "although", "though", "whereas", "because", "since", "after", "when", "once", "until", "before", "even", "that", "upon",
    };

    /// <summary>Words that may stand before the conjunction: "Years after …", "Shortly before …".</summary>
    private static readonly HashSet<string> TimeLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "hours", "minutes", "shortly", "soon", "just", "long", "only", "even",
    };

    /// <summary>Verbs that show a lower-case word after the comma is a new subject ("…, experts say …").</summary>
    private static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "do", "does", "did",
    };

    /// <summary>Conjunctions after a comma that open a clause with a subject of its own.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "whereas", "although", "though", "yet",
    };

    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "the", "a", "an", "others", "many", "some", "most", "his", "her", "their",
    };

    /// <summary>
    /// The comma that closes a subordinate clause opening the sentence at <paramref name="first"/>, or -1: the first comma
    /// outside quotation marks that a new subject follows (a place such as "Dover, Del.," does not end it).
    /// </summary>
    public static int FrontedEnd(List<Token> toks, int first, int last)
    {
        var opener = Opener(toks, first, last);
        if (opener < 0)
        {
            return -1;
        }

        var open = false;
        for (var j = opener + 2; j <= last - 2 && j - opener <= MaxFrontedTokens; j++)
        {
            var t = toks[j];
            if (t.IsQuoteMark)
            {
                open = !open;
                continue;
            }

            if (t.IsPunct(';') || t.IsPunct(':'))
            {
                return -1;
            }

            if (open || !t.IsPunct(','))
            {
                continue;
            }

            var next = toks[j + 1];
            if (!next.IsWord)
            {
                continue;
            }

            var place = (next.IsCapitalized && toks[j + 2].IsPunct(',')) || (next.Text.EndsWith('.') && next.Text.Length <= 6);
            var lowerSubject = char.IsLower(next.Text[0]) && toks[j + 2].IsWord &&
                               (Finite.Contains(toks[j + 2].Text) || Vocabulary.IsReportingVerb(toks[j + 2].Text));
            if (!place && (SubjectOpeners.Contains(next.Text) || next.IsCapitalized || lowerSubject || PollShare.OpensAt(toks, j + 1)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Where the subject of a fronted subordinate clause starts ("While Ortiz …", "Years after Ortiz …"), or <paramref name="first"/>.</summary>
    public static int SubjectStart(List<Token> toks, int first, int last) => Opener(toks, first, last) is var opener and >= 0 ? opener + 1 : first;

    /// <summary>The conjunction that opens a fronted subordinate clause at <paramref name="first"/>, or -1.</summary>
    private static int Opener(List<Token> toks, int first, int last)
    {
        var opener = first;
        if (opener <= last && toks[opener].Lower is "but" or "and" or "yet")
        {
            opener++;
        }

        if (opener + 1 <= last && (TimeLeads.Contains(toks[opener].Text) || (toks[opener].Lower == "now" && toks[opener + 1].Lower == "that")))
        {
            // "Years after Ortiz claimed …,", "Now that Ortiz has claimed …,".
            opener++;
        }

        if (opener == first && opener <= last && toks[opener].IsCapitalized && ReportedClause.Participles.Contains(toks[opener].Lower))
        {
            // "Saying that the fund was safe, Ortiz …".
            return opener;
        }

        if (opener > last || !FrontedOpeners.Contains(toks[opener].Text) || (opener == first && !toks[opener].IsCapitalized) ||
            (toks[opener].Lower == "that" && (opener == first || toks[opener - 1].Lower != "now")))
        {
            return -1;
        }

        return toks[opener].Lower == "even" ? (opener + 1 <= last && toks[opener + 1].Lower is "though" or "as" or "if" ? opener + 1 : -1) : opener;
    }

    /// <summary>
    /// The subject of the reporting verb at <paramref name="verb"/> when it opens a new clause after
    /// <paramref name="previousVerb"/> (after the fronted clause's comma, or after a comma and a joining conjunction), or null.
    /// </summary>
    public static Mention? SecondSubject(string text, List<Token> toks, int first, int verb, int previousVerb, int fronted)
    {
        var m = MentionParser.Before(text, toks, verb, first);
        if (m is null)
        {
            return null;
        }

        var start = TokenIndex.AtOrAfter(toks, m.PhraseStart);
        if (start <= previousVerb + 1 || start - 1 <= first)
        {
            return null;
        }

        var before = toks[start - 1];
        if (start - 1 == fronted || before.IsPunct(';'))
        {
            return m;
        }

        // "…, and she said …", "…,” and she said …": the comma may stand inside a closing quotation mark.
        var comma = start - 2 > previousVerb && toks[start - 2].IsQuoteMark ? start - 3 : start - 2;
        if (Joiners.Contains(before.Text) && comma > previousVerb && (toks[comma].IsPunct(',') || toks[comma].IsPunct(';') || IsDash(toks[comma])))
        {
            return m;
        }

        // "… under the program and Ortiz says …": a named subject after "and" or "but" that no other name is coordinated with.
        return before.Lower is "and" or "but" && m.Kind == MentionKind.Name && start - 2 > previousVerb + 2 && toks[start - 2].IsWord &&
               char.IsLower(toks[start - 2].Text[0]) && !Vocabulary.IsReportingVerb(toks[start - 2].Text) && toks[start - 2].Lower is not ("that" or "of" or "for" or "with" or "by" or "to" or "from")
            ? m
            : null;
    }

    /// <summary>"… from the audit — but she also insisted …": a dash joins a second clause as a comma does.</summary>
    public static bool IsDash(Token t) => t.IsPunct('—') || t.IsPunct('–') || t.IsPunct('-');

    private const int MaxSecondSubjectTokens = 10;
    private const int MinWordsBeforeDash = 4;

    /// <summary>
    /// Where reported words end before a single dash that opens the writer's own comment ("… to meet the “pier lobby” — a nickname the dock workers
    /// coined …"); <paramref name="to"/> when there is none, or when a second dash closes an aside inside the clause.
    /// </summary>
    public static int BeforeDashAside(List<Token> toks, int from, int to)
    {
        var dash = -1;
        var open = false;
        for (var j = from; j <= to; j++)
        {
            if (toks[j].IsQuoteMark)
            {
                open = !open;
            }
            else if (!open && (toks[j].IsPunct('—') || toks[j].IsPunct('–')))
            {
                if (dash >= 0)
                {
                    return to;
                }

                dash = j;
            }
        }

        if (dash < 0 || dash + 1 > to || !toks[dash + 1].IsWord || toks[dash + 1].Lower is not ("a" or "an" or "which" or "something" or "including" or "one" or "the"))
        {
            return to;
        }

        var words = 0;
        for (var j = from; j < dash; j++)
        {
            words += toks[j].IsWord ? 1 : 0;
        }

        return words >= MinWordsBeforeDash ? dash - 1 : to;
    }

    /// <summary>
    /// Where a second clause starts before the verb at <paramref name="verb"/>: at the joining conjunction after a comma
    /// ("…, while other voters said …") or right after the fronted clause's comma; -1 when there is no such boundary.
    /// </summary>
    public static int SecondClauseStart(List<Token> toks, int verb, int previousVerb, int fronted)
    {
        for (var k = verb - 1; k > previousVerb + 1 && verb - k <= MaxSecondSubjectTokens; k--)
        {
            if (k - 1 == fronted)
            {
                return k;
            }

            if (k == previousVerb + 2 && toks[k - 1].IsPunct(',') && ReportedTail.SecondCueAfterAside(toks, k, verb + 2))
            {
                // "The levy passed, Ortiz noted, shipping experts say …": a clause spliced on after a parenthetical cue.
                return k;
            }

            var comma = toks[k - 1].IsQuoteMark ? k - 2 : k - 1;
            if (Joiners.Contains(toks[k].Text) && comma > previousVerb && (toks[comma].IsPunct(',') || toks[comma].IsPunct(';') || IsDash(toks[comma])))
            {
                return k;
            }

            if (toks[k].Lower == "but" && k > previousVerb + 3)
            {
                // "Ortiz said the fee was fair but harbour officials have said …": "but" joins two clauses even without its comma.
                return k;
            }

            if (!toks[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The "and", "but" or "then" that joins the verb at <paramref name="verb"/> to the clause before it, past an adverb or two
    /// ("… but later claimed …", "… and also noted …"); -1 when there is none.
    /// </summary>
    public static int Conjunction(List<Token> toks, int first, int verb)
    {
        var k = verb - 1;
        if (k > first && toks[k].Lower is "and" or "but" or "then")
        {
            return k;
        }

        // "… but did note that …", "… and has said that …": an auxiliary of the second verb stands between it and the conjunction.
        while (k > first && verb - k <= 2 && (VerbAdverbials.IsMannerAdverb(toks[k]) || toks[k].Lower is "also" or "later" or "again" or "still" or "even" or "then" or "now" or "once" or "since" or "long" or "already" or
                                                  "did" or "does" or "has" or "have" or "had"))
        {
            k--;
        }

        return k > first && toks[k].Lower is "and" or "but" or "then" ? k : -1;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// "On Monday he said …", "(Last week Ortiz said …", "Earlier this year she said …": a time phrase without a comma,
    /// perhaps after an opening bracket, is all that stands before the subject at <paramref name="subjectStart"/>.
    /// </summary>
    public static bool TimeOpening(List<Token> toks, int first, int subjectStart)
    {
        var k = first < subjectStart && toks[first].IsPunct('(') ? first + 1 : first;
        if (k < subjectStart && toks[k].Lower is "but" or "and")
        {
            k++;
        }

        var n = subjectStart - k;
        if (n == 1)
        {
            return toks[k].Lower is "earlier" or "later" or "yesterday" or "today" or "recently" or "previously" or "since" || Weekdays.Contains(toks[k].Text);
        }

        return n is 2 or 3 && (toks[k].Lower is "on" && Weekdays.Contains(toks[k + 1].Text) && (n == 2 || toks[k + 2].Lower is "night" or "morning" or "afternoon" or "evening") ||
                               toks[k].Lower is "last" or "this" or "earlier" or "later" && toks[k + 1].Lower is "week" or "month" or "year" or "weekend" or "this" or "that" &&
                               (n == 2 || toks[k + 2].Lower is "week" or "month" or "year" or "weekend" or "day"));
    }

    private const int MaxOpeningTokens = 40;

    /// <summary>Words that open a phrase or clause standing before a sentence's main clause: "Despite …,", "On May 3,", "So, when …,".</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "despite", "as", "on", "in", "after", "before", "with", "without", "like", "unlike", "when", "while", "although", "though",
        "because", "since", "if", "once", "even", "by", "for", "during", "amid", "under", "so",
    };

    private static readonly HashSet<string> MainSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "the", "a", "an", "his", "her", "their", "its", "most", "many", "some", "officials",
    };

    /// <summary>
    /// Where the words a trailing cue at <paramref name="according"/> ("…, according to a poll.", "…, officials said.") vouches
    /// for begin: inside the bracket it stands in ("(the real figure is lower, according to …)"), or after an opening phrase or
    /// clause before the main clause ("Despite the call to quit, he still leads, according to a poll."), else at <paramref name="first"/>.
    /// </summary>
    public static int MainClauseStart(List<Token> toks, int first, int according)
    {
        for (var j = according - 1; j > first; j--)
        {
            if (toks[j].IsPunct(')'))
            {
                break;
            }

            if (toks[j].IsPunct('(') && according - j > 3)
            {
                return j + 1;
            }
        }

        var k = first;
        while (k < according && (toks[k].Text is "But" or "And" or "So" or "Yet" or "," || (k == first && toks[k].IsPunct('('))))
        {
            k++;
        }

        var participle = toks[k].IsCapitalized && toks[k].Text.EndsWith("ing", StringComparison.Ordinal) && toks[k].Text.Length > 5;
        if (!participle && !(toks[k].IsCapitalized && OpeningWords.Contains(toks[k].Text)) && !(k > first && OpeningWords.Contains(toks[k].Text)))
        {
            return first;
        }

        var open = false;
        for (var j = k + 1; j < according - 3 && j - k <= MaxOpeningTokens; j++)
        {
            if (toks[j].IsQuoteMark)
            {
                open = !open;
                continue;
            }

            if (open || !toks[j].IsPunct(','))
            {
                continue;
            }

            var next = toks[j + 1];
            if (next.IsWord && (MainSubjects.Contains(next.Text) || (next.IsCapitalized && !OpeningWords.Contains(next.Text))) &&
                !(next.IsCapitalized && toks[j + 2].IsPunct(',')))
            {
                return j + 1;
            }
        }

        return first;
    }
}
