namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Where reported words end when the sentence goes on with something else after them: a clause with a subject of its
/// own ("… the pier is sound, although she wrote that repairs …", "…, but the council voted …"), a second act of the
/// speaker ("… to the fund and urged the board to …", "…, deeming them private"), or the writer's comment on the words
/// ("…, a claim that auditors dispute"). The words after the boundary are a statement of their own, often by someone else,
/// so they do not belong to the first speaker's statement.
/// </summary>
internal static class ReportedTail
{
    /// <summary>Reported words shorter than this are never cut: "she said no, and …" keeps its shape to other rules.</summary>
    private const int MinWordsBefore = 4;

    private const int MaxSubjectTokens = 4;
    private const int MaxAppositiveWords = 3;

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "although", "though", "while", "whereas", "yet",
    };

    /// <summary>Words that open a subject of a new clause after a joining conjunction.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "those", "these", "other", "some", "many", "most", "his", "her", "their", "a", "an",
    };

    /// <summary>
    /// "The plan is cheap, engineers said, and the pumps will …": whether the words after a parenthetical cue's comma (from
    /// <paramref name="from"/>) join a clause to the one before it; the cue reports the clause before, never a fragment
    /// opening with the conjunction.
    /// </summary>
    public static bool JoinsAfterAside(List<Token> toks, int from, int last) =>
        from + 2 <= last && toks[from].IsWord && Joiners.Contains(toks[from].Text);

    /// <summary>
    /// Whether a parenthetical cue ("…, officials said, …" with its subject from <paramref name="cueStart"/> and verb at
    /// <paramref name="verb"/>) reports the words before it: the longer side, or the side before a joined clause.
    /// </summary>
    public static bool ContentBeforeAside(List<Token> toks, int first, int cueStart, int verb, int last) =>
        cueStart - first > last - (verb + 1) || BeforeJoinedClause(toks, first, cueStart, verb, last);

    /// <summary>Whether a parenthetical cue stands before a joined clause or a second cue, so it reports a clause of its own before it.</summary>
    public static bool BeforeJoinedClause(List<Token> toks, int first, int cueStart, int verb, int last) =>
        cueStart - first >= MinWordsBefore - 1 && (JoinsAfterAside(toks, verb + 2, last) || SecondCueAfterAside(toks, verb + 2, last));

    private const int MaxSecondSubjectTokens = 5;

    /// <summary>
    /// "The levy passed, Ortiz noted, shipping experts affirm the harbor is safe": whether the words after a parenthetical
    /// cue's comma (from <paramref name="from"/>) open a clause with a speech verb of its own, a second cue and not the
    /// first speaker's words.
    /// </summary>
    public static bool SecondCueAfterAside(List<Token> toks, int from, int last)
    {
        if (from > last || !toks[from].IsWord || !char.IsLower(toks[from].Text[0]))
        {
            return false;
        }

        for (var k = from + 1; k <= last && k - from <= MaxSecondSubjectTokens; k++)
        {
            // The second subject is a described group ("foreign policy experts"): a name after the comma more often opens
            // the first speaker's words ("…, Ortiz said, Brennan told her …"), and an auxiliary shows a clause.
            var t = toks[k];
            if (!t.IsWord || !char.IsLower(t.Text[0]) || t.Lower is "that" or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would" or "be")
            {
                return false;
            }

            if (ReportedClause.IsClauseVerb(t.Text) && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return k + 2 <= last;
            }
        }

        return false;
    }

    /// <summary>Nouns by which a writer comments on the words just reported: "…, a point the auditors accept".</summary>
    private static readonly HashSet<string> CommentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "point", "claim", "assertion", "charge", "contention", "argument", "remark", "sentiment", "message", "allegation",
        "acknowledgment", "acknowledgement", "admission", "reference", "view", "position", "promise", "pledge", "boast",
        "reversal", "shift", "departure", "echo", "nod", "rebuke", "swipe", "jab", "dig",
    };

    private const int MaxCueTailWords = 8;

    /// <summary>
    /// "…, Ortiz said, a policy that could …", "…, Ortiz said on Monday in Dover — an apparent reversal of …": after a trailing
    /// cue and a few words of time or place, the writer's comment on the words; the cue still ends the reported clause.
    /// </summary>
    public static bool CommentAfterCue(List<Token> toks, int from, int last)
    {
        var words = 0;
        for (var j = from; j < last && words <= MaxCueTailWords; j++)
        {
            if (toks[j].IsWord)
            {
                words++;
                continue;
            }

            return (toks[j].IsPunct(',') || ClauseBoundary.IsDash(toks[j])) && Appositive(toks, j + 1, last);
        }

        return false;
    }

    private static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "do", "does", "did",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "can", "could", "may", "might", "should",
    };

    /// <summary>Acts a speaker does beside speaking, joined to the reporting verb's subject ("… and vowed to …", "…, deeming them …").</summary>
    private static readonly HashSet<string> SpeakerActs = new(StringComparer.OrdinalIgnoreCase)
    {
        "called", "calls", "calling", "vowed", "vows", "vowing", "urged", "urges", "urging", "accused", "accuses", "accusing", "refused",
        "refuses", "refusing", "declined", "declines", "declining", "downplayed", "downplays", "downplaying", "praised", "praises", "praising",
        "criticized", "criticised", "criticizes", "criticising", "criticizing", "questioned", "questions", "questioning", "quoted", "quotes", "quoting",
        "recited", "recites", "reciting", "dismissed", "dismisses", "dismissing", "pledged", "pledges", "promised", "promises", "blamed", "blames",
        "blaming", "cited", "cites", "citing", "pointed", "points", "pointing", "deemed", "deeming", "believing", "describing", "recalling",
        "referring", "comparing", "likening", "defending", "defended", "defends", "thanked", "thanks", "thanking", "invoked", "invokes", "invoking",
    };

    /// <summary>Auxiliaries of a second act: "… but did not say whether …", "… but would not name …".</summary>
    private static readonly HashSet<string> NegatedActs = new(StringComparer.OrdinalIgnoreCase)
    {
        "did", "does", "would", "will",
    };

    /// <summary>Nouns a writer uses to comment on the reported words: "…, a point that …", "…, an admission that …".</summary>
    private static readonly HashSet<string> AppositiveOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "something",
    };

    /// <summary>
    /// The last token of the reported words that start at <paramref name="from"/> and run at most to <paramref name="to"/>,
    /// for a reporting verb written <paramref name="verb"/>: before a dash aside, or before a tail of the kinds above.
    /// </summary>
    public static int End(List<Token> toks, int from, int to, string verb)
    {
        to = ClauseBoundary.BeforeDashAside(toks, from, to);
        while (to > from && (ClauseBoundary.IsDash(toks[to]) || (toks[to].Text is "but" or "and" && ClauseBoundary.IsDash(toks[to - 1]))))
        {
            // "… the test servers - but she also insisted …": the second clause's cue starts after its conjunction.
            to--;
        }

        var words = 0;
        var open = false;
        for (var j = from; j < to; j++)
        {
            var t = toks[j];
            if (t.IsQuoteMark)
            {
                open = !open;
                if (!open && words >= MinWordsBefore && j - 1 > from && toks[j - 1].IsPunct(',') && j + 2 <= to && (Participle(toks, j + 1, verb) || SecondAct(toks, j + 1, to, verb)))
                {
                    // "… is a “distortion,” describing the team as …": the comma stands inside the closing mark.
                    return j - 2;
                }

                continue;
            }

            if (open)
            {
                words += t.IsWord ? 1 : 0;
                continue;
            }

            if (t.IsWord)
            {
                if (words >= MinWordsBefore && t.Text is "and" or "but" && j > from && toks[j - 1].IsWord && SecondAct(toks, j + 1, to, verb))
                {
                    // "… a prayer for the nominee but did not suggest …", "… 30 years of returns and called on …".
                    return j - 1;
                }

                words++;
                continue;
            }

            var comma = t.IsPunct(',');
            var dash = ClauseBoundary.IsDash(t);
            if (!(comma || dash) || words < MinWordsBefore || j + 2 > to)
            {
                continue;
            }

            if (dash && (toks[j + 1].Text == t.Text || AnotherDash(toks, j + 1, to)))
            {
                // "-- a position she has since changed --": a pair of dashes holds an aside inside the words, not their end.
                continue;
            }

            if (NewClause(toks, j + 1, to) || SecondAct(toks, j + 1, to, verb) || (comma && Participle(toks, j + 1, verb)) || Appositive(toks, j + 1, to))
            {
                return j - 1 > from && ClauseBoundary.IsDash(toks[j - 1]) ? j - 2 : j - 1;
            }
        }

        return to;
    }

    private static bool AnotherDash(List<Token> toks, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (ClauseBoundary.IsDash(toks[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", but the council voted …", ", although he wrote …", ", even as he has …": a joining conjunction, a subject and its verb.</summary>
    private static bool NewClause(List<Token> toks, int k, int to)
    {
        if (toks[k].Text == "even" && k + 1 <= to && toks[k + 1].Text == "as")
        {
            k++;
        }
        else if (!Joiners.Contains(toks[k].Text))
        {
            return false;
        }

        var s = k + 1;
        if (s > to || !toks[s].IsWord)
        {
            return false;
        }

        int verb;
        if (SubjectPronouns.Contains(toks[s].Text))
        {
            // "… - though he gave varying accounts": after a pronoun any verb but a modal opens the clause.
            return s + 1 <= to && toks[s + 1].IsWord && char.IsLower(toks[s + 1].Text[0]) && !Modals.Contains(toks[s + 1].Text) && toks[s + 1].Text is not ("that" or "and" or "or");
        }
        else if (toks[s].IsCapitalized || Determiners.Contains(toks[s].Text))
        {
            // "…, but Democrats have pushed …", "…, and those voters backed …", "…, although Mr. Ortiz tweeted …".
            var capitalised = toks[s].IsCapitalized && !Determiners.Contains(toks[s].Text);
            verb = s + 1;
            while (verb <= to && verb - s <= MaxSubjectTokens && toks[verb].IsWord && (capitalised ? toks[verb].IsCapitalized : !Finite.Contains(toks[verb].Text) && !toks[verb].Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                verb++;
            }
        }
        else
        {
            return false;
        }

        while (verb <= to && toks[verb].IsWord && (toks[verb].Text is "also" or "later" or "still" or "then" or "now" or "actually" or "quickly" or "never" || VerbAdverbials.IsMannerAdverb(toks[verb])))
        {
            verb++;
        }

        if (verb > to || !toks[verb].IsWord || toks[verb].IsCapitalized)
        {
            return false;
        }

        // "…, and the port could reopen": a modal keeps the speaker's forecast going, so only a told event or act cuts.
        var w = toks[verb].Text;
        return (Finite.Contains(w) && !Modals.Contains(w)) || Vocabulary.IsReportingVerb(w) || SpeakerActs.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>"… and called on …", "… but did not suggest …": a second verb of the reporting verb's subject, in the same tense.</summary>
    private static bool SecondAct(List<Token> toks, int k, int to, string verb)
    {
        if (toks[k - 1].Text is not ("and" or "but"))
        {
            if (k > to || toks[k].Text is not ("and" or "but"))
            {
                return false;
            }

            k++;
        }

        if (k <= to && toks[k].Text is "also" or "then" or "later")
        {
            k++;
        }

        if (k > to || !toks[k].IsWord)
        {
            return false;
        }

        var w = toks[k].Text;
        if (NegatedActs.Contains(w))
        {
            return k + 1 <= to && toks[k + 1].Text is "not" or "n't" && SameTense(w, verb);
        }

        return w is "didn't" or "wouldn't" or "doesn't" ? SameTense(w, verb) : SpeakerActs.Contains(w) && SameTense(w, verb);
    }

    /// <summary>", deeming them private", ", pointing to the audit": a participle of the speaker's after the reported words.</summary>
    private static bool Participle(List<Token> toks, int k, string verb) =>
        toks[k].IsWord && !toks[k].IsCapitalized && toks[k].Text.EndsWith("ing", StringComparison.Ordinal) &&
        (SpeakerActs.Contains(toks[k].Text) || ReportedClause.Participles.Contains(toks[k].Text)) && !verb.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>", a point that …", ", something that …": the writer's own comment on what was said.</summary>
    private static bool Appositive(List<Token> toks, int k, int to)
    {
        if (!AppositiveOpeners.Contains(toks[k].Text) || toks[k].IsCapitalized)
        {
            return false;
        }

        if (toks[k].Text != "something" && k + 2 <= to && (CommentNouns.Contains(toks[k + 1].Text) || (toks[k + 1].IsWord && !toks[k + 1].IsCapitalized && CommentNouns.Contains(toks[k + 2].Text))))
        {
            // "…, a point Feinstein also made", "…, a clear message about …".
            return true;
        }

        for (var j = k + 1; j <= to && j - k <= MaxAppositiveWords + 1; j++)
        {
            if (!toks[j].IsWord)
            {
                return false;
            }

            if (toks[j].Text is "that" or "which")
            {
                return j > k + 1 || toks[k].Text == "something";
            }
        }

        return false;
    }

    /// <summary>Whether a second verb has the reporting verb's tense: "said … and called", "adds … and calls", "telling … and questioning".</summary>
    private static bool SameTense(string second, string verb)
    {
        static int Tense(string w) =>
            w.EndsWith("ing", StringComparison.Ordinal) ? 2 :
            w.EndsWith("ed", StringComparison.Ordinal) || w is "said" or "told" or "wrote" or "did" or "didn't" or "would" or "wouldn't" ? 1 :
            w.EndsWith('s') || w is "does" or "doesn't" or "will" ? 0 : -1;
        var t = Tense(verb.ToLowerInvariant());
        return t >= 0 && t == Tense(second.ToLowerInvariant());
    }
}
