namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Speech reported in a relative clause: "Benning, who said he rarely votes, said …", "residents who say
/// the levy is unfair", "voters who said the economy mattered most". The speaker is the clause's antecedent.
/// </summary>
internal static class RelativeClause
{
    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "who", "who’ve", "who've", "who’d", "who'd", "who’s", "who's" };

    private const int MaxJoinedClauseTokens = 25;

    /// <summary>
    /// The index of the "who" that opens the clause of the verb at <paramref name="verb"/>, or -1. "which" opens one only
    /// after a comma or dash: "The Dayton Ledger, which had said it would …" (a body or document that spoke).
    /// </summary>
    public static int Pronoun(List<Token> toks, int first, int verb)
    {
        var r = VerbAdverbials.Start(toks, first, SubjectPhrase.AuxiliariesStart(toks, first, verb));
        if (r - 1 > first && toks[r - 1].Lower is "and" or "but")
        {
            // "…, who is enjoying the post and is saying …": an auxiliary hides the conjunction from the clause rules.
            return Joined(toks, first, r - 1);
        }

        return r - 1 > first && (Relatives.Contains(toks[r - 1].Text) || (toks[r - 1].Lower == "which" && IsAside(toks[r - 2]))) ? r - 1 : -1;
    }

    /// <summary>
    /// "Ortiz, who is enjoying the new post and is saying he won’t rush …": the "who" whose clause the conjunction at
    /// <paramref name="conjunction"/> goes on with, or -1 when a comma, quotation or the sentence start comes first.
    /// </summary>
    public static int Joined(List<Token> toks, int first, int conjunction)
    {
        for (var k = conjunction - 1; k > first && conjunction - k <= MaxJoinedClauseTokens; k--)
        {
            if (!toks[k].IsWord)
            {
                return -1;
            }

            if (toks[k].Lower == "who")
            {
                return IsAside(toks[k - 1]) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The last token before the clause that may end its antecedent: the comma or dash before "who", else "who" itself.</summary>
    public static int AntecedentEnd(List<Token> toks, int who) => IsAside(toks[who - 1]) ? who - 1 : who;

    /// <summary>Where the clause's content ends: before the comma or dash that closes a clause opened after one, else at <paramref name="last"/>.</summary>
    public static int End(List<Token> toks, int who, int verb, int last)
    {
        if (!IsAside(toks[who - 1]))
        {
            return last;
        }

        var hyphenated = IsHyphen(toks[who - 1]);
        var close = toks.FindIndex(verb + 1, Math.Max(0, last - verb), t => t.IsPunct(',') || t.IsPunct(';') || IsDash(t) || (hyphenated && IsHyphen(t)));
        return close > 0 ? close - 1 : last;
    }

    /// <summary>
    /// "the wall, which he said the county would pay for", "a change that she said would …", "what he said were failures":
    /// the relative word before a cue's subject at <paramref name="subjectStart"/>, or -1. The subject speaks the rest of
    /// the relative clause.
    /// </summary>
    public static int Embedding(List<Token> toks, int first, int subjectStart, int verb, int last)
    {
        if (subjectStart - 1 <= first || verb + 1 > last)
        {
            return -1;
        }

        if (toks[subjectStart - 1].Lower is not ("which" or "that" or "what" or "who" or "whom"))
        {
            // "the patience he insists is required", "the vote he said was rigged": a clause with no relative word, its gap shown
            // by an auxiliary right after the cue.
            return EmbeddedWithoutRelative.Applies(toks, first, subjectStart, verb, last) ? subjectStart : -1;
        }

        // The clause lacks its subject ("that she said was drafted …") or its object ("which he said the county would pay
        // for"). "reports that Ortiz said in a call that …" and "claims that Ortiz said he …" are a noun's content, not a
        // relative clause: after "that" a preposition, adverb or new subject shows the clause is whole.
        var next = toks[verb + 1];
        if (!next.IsWord || !char.IsLower(next.Text[0]) || NotGaps.Contains(next.Text))
        {
            return -1;
        }

        return toks[subjectStart - 1].Lower != "that" || !ClauseSubjects.Contains(next.Text) ? subjectStart - 1 : -1;
    }

    private static readonly HashSet<string> NotGaps = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "during", "only", "also", "last", "after", "before", "that", "to", "of", "about", "for", "with", "from", "by",
        "earlier", "later", "yesterday", "today", "repeatedly", "recently", "publicly", "privately", "then", "now", "again", "if",
        "whether", "no", "yes", "so", "as", "when", "and", "or", "but", "nothing", "something", "anything",
    };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "he", "she", "they", "it", "we", "i", "you", "there",
        "he’s", "she’s", "it’s", "they’re", "he's", "she's", "it's", "they're",
    };

    private static bool IsAside(Token t) => t.IsPunct(',') || IsDash(t) || IsHyphen(t);

    private static bool IsDash(Token t) => t.IsPunct('—') || t.IsPunct('–');

    // A spaced hyphen stands for a dash in some archive text ("Ortiz - who said … - spoke"); inside a word it is no token.
    // It opens a relative clause's aside, but elsewhere it often joins a clause to the words before it, so only a clause
    // opened by one is closed by one.
    private static bool IsHyphen(Token t) => t.IsPunct('-');

    private const int MaxAppositiveTokens = 14;

    /// <summary>
    /// "…, said Ana Ruiz, an analyst at Dorrance, who notes …": the last token of the name before one appositive that
    /// stands between it and the clause, or -1.
    /// </summary>
    public static int BeforeAppositive(List<Token> toks, int first, int who)
    {
        if (!toks[who - 1].IsPunct(','))
        {
            return -1;
        }

        for (var k = who - 2; k > first && who - k <= MaxAppositiveTokens; k--)
        {
            if (toks[k].IsPunct(','))
            {
                // The appositive opens with an article or a lower-case word: "a senior analyst", "the ranking member".
                return toks[k + 1].Lower is "a" or "an" or "the" || (toks[k + 1].IsWord && char.IsLower(toks[k + 1].Text[0])) ? k : -1;
            }

            if (!toks[k].IsWord && !toks[k].IsPunct('.') && !toks[k].IsPunct('-') && !toks[k].IsPunct('’') && !toks[k].IsPunct('\''))
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxAntecedentTokens = 8;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "some", "many", "several", "other", "another",
    };

    /// <summary>
    /// The noun phrase a relative clause describes when no name or known group does: "a young engineer" in "Kesty met a young
    /// engineer, who said …", "the head of the union"; its first and last token, or null when no determiner opens a phrase of
    /// plain words ending at <paramref name="end"/>.
    /// </summary>
    public static (int Start, int End)? AntecedentPhrase(List<Token> toks, int first, int end)
    {
        if (end < first || !toks[end].IsWord || !char.IsLower(toks[end].Text[0]) && !toks[end].IsCapitalized)
        {
            return null;
        }

        (int, int)? found = null;
        for (var k = end; k >= first && end - k < MaxAntecedentTokens; k--)
        {
            if (!toks[k].IsWord || (k < end && Vocabulary.IsReportingVerb(toks[k].Text)))
            {
                break;
            }

            if (Determiners.Contains(toks[k].Text))
            {
                found = (k, end);
                // "the head of the union": one "of" may join a head before it.
                if (!(k - 2 >= first && toks[k - 1].Lower == "of"))
                {
                    break;
                }
            }
            else if (k < end && toks[k].Lower is "and" or "or" or "to" or "with" or "by" or "for" or "in" or "on" or "at" or "from")
            {
                break;
            }
        }

        return found;
    }

    /// <summary>A poll share the clause describes, "four in 10 who said …", "38 percent who say …": as written, or null.</summary>
    public static string? ShareBefore(string text, List<Token> toks, int first, int who)
    {
        var head = toks[who - 1].IsPunct('—') || toks[who - 1].IsPunct('–') ? who - 2 : who - 1;
        if (head - 2 >= first && IsNumber(toks[head]) && toks[head - 1].Lower == "in" && IsNumber(toks[head - 2]))
        {
            return text[toks[head - 2].Start..toks[head].End];
        }

        return head - 1 >= first && toks[head].Lower is "percent" or "%" && IsNumber(toks[head - 1]) ? text[toks[head - 1].Start..toks[head].End] : null;
    }

    /// <summary>"ferry pilots", "callers": a lower-case plural head of people beyond the subject-heads lexicon.</summary>
    private static bool IsPluralOfPeople(Token t) =>
        char.IsLower(t.Text[0]) && ((t.Lower.EndsWith('s') && !t.Lower.EndsWith("ss", StringComparison.Ordinal)) || t.Lower.EndsWith("men", StringComparison.Ordinal)) &&
        UnresolvedSubject.NamesPeople(t);

    private static bool IsNumber(Token t) =>
        (t.Text.Length > 0 && char.IsDigit(t.Text[0])) || t.Lower is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    /// <summary>A group the clause describes, "voters who said …": its head noun and up to two words before it, or null.</summary>
    public static string? GroupBefore(string text, List<Token> toks, int first, int who)
    {
        // "The board heard from dock workers, who said …": the group before the comma that opens the clause.
        var head = who - 1 > first && IsAside(toks[who - 1]) ? who - 2 : who - 1;
        if (head < first || !toks[head].IsWord ||
            !(SubjectPhrase.IsDocumentOrGroup(toks[head].Text) || IsPluralOfPeople(toks[head])))
        {
            return null;
        }

        var start = head;
        while (start - 1 >= first && head - start < 2 && toks[start - 1].IsWord &&
               toks[start - 1].Lower is not ("the" or "a" or "an" or "of" or "in" or "and" or "or" or "to" or "for" or "among" or "with" or "by" or "from" or "at" or "on" or
                   "about" or "including" or "like" or "as" or "against" or "than" or "between" or "after" or "before" or "over") &&
               // "The delay pleased residents who say …": a verb before the group is not part of it.
               !(char.IsLower(toks[start - 1].Text[0]) && (toks[start - 1].Lower.EndsWith("ed", StringComparison.Ordinal) || toks[start - 1].Lower.EndsWith("ing", StringComparison.Ordinal) ||
                                                          Vocabulary.IsReportingVerb(toks[start - 1].Text))))
        {
            start--;
        }

        return text[toks[start].Start..toks[head].End];
    }
}
