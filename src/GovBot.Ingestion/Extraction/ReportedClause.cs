using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Where the words a reporting verb introduces begin: past "that", past the person told ("told reporters"), past
/// adverbials and occasions ("on Tuesday", "in a statement", "on Twitter"); and which verbs take a reported clause at all.
/// </summary>
internal static class ReportedClause
{
    public static readonly IReadOnlySet<string> Participles = new HashSet<string>(StringComparer.Ordinal)
    {
        "saying", "adding", "arguing", "noting", "warning", "stressing", "insisting", "explaining", "stating", "claiming", "urging", "emphasising", "emphasizing", "pointing", "asking",
        "telling", "writing", "declaring", "asserting", "acknowledging", "admitting", "contending", "maintaining", "cautioning",
        "announcing",
    };

    /// <summary>
    /// Whether the participle at <paramref name="v"/> hangs on the clause before it: after a comma, a dash, a quotation closed
    /// after its comma ("as “fantastic,” telling reporters …"), or "…, while saying …", "…, before insisting …".
    /// </summary>
    public static bool JoinsParticiple(List<Token> toks, int first, int v)
    {
        // "…, while also saying …", "…, after initially saying …": an adverb may stand before the participle; "… declined to
        // give a date, only saying …" narrows what was said, it does not deny it.
        while (v - 2 > first && (Patterns.VerbAdverbials.IsMannerAdverb(toks[v - 1]) ||
                                 toks[v - 1].Lower is "also" or "first" or "then" or "later" or "again" or "still" or "even" or "only" or "simply" or "merely" or "just"))
        {
            v--;
        }

        var prev = toks[v - 1];
        if (prev.IsPunct(',') || prev.IsPunct('—') || prev.IsPunct('–') || (prev.IsPunct('-') && v - 2 > first && !toks[v - 2].IsPunct('-')))
        {
            return true;
        }

        // "… was jeered after telling the crowd that …": a time conjunction ties the participle to the clause's subject.
        return v - 2 >= first && ((toks[v - 2].IsPunct(',') && (prev.IsQuoteMark || prev.Lower is "while" or "before" or "after")) ||
                                  (prev.Lower is "after" or "before" or "while" && toks[v - 2].IsWord && char.IsLower(toks[v - 2].Text[0])));
    }

    /// <summary>Where the reported clause starts after a verb, or -1 when the verb does not introduce one.</summary>
    public static int ContentAfterVerb(List<Token> toks, int v, int last)
    {
        var verb = toks[v].Lower;
        var c = v + 1;
        if (Patterns.SoundedNote.ContentStart(toks, v, last) is var note and > 0)
        {
            return note;
        }

        if (verb is "told" or "tell" or "tells" or "telling")
        {
            if (Patterns.ToldAccount.At(toks, c, last))
            {
                // "told the story of a ferryman …", "told a joke": the account told is the statement, not a person told.
                return c;
            }

            var that = toks.FindIndex(c, Math.Max(0, Math.Min(7, last - c + 1)), t => t.Lower == "that");
            if (that < 0 && TellRequest(toks, c, last))
            {
                // "told the crews to stay home", "told Ortiz not to run": an order or request, the person told and all, as with "asked".
                return c;
            }

            c = that >= 0 ? that : ThatAfterListener(toks, c, last) is var far and >= 0 ? far : TellObjectEnd(toks, c, last);
        }
        else if (verb is "asked" or "asks" or "asking" or "ask")
        {
            // "asked the senator whether …", "asked what …", "asked the board to delay …": see Patterns/AskedQuestion.
            return c <= last ? Patterns.AskedQuestion.ContentAfterVerb(toks, c, last) : -1;
        }
        else if (verb is "add" or "adds" or "added" or "adding" && c <= last && toks[c].Lower == "up")
        {
            // "The figures add up to more than the budget": a sum, not speech.
            return -1;
        }
        else if (verb is "pointed" or "pointing" && c <= last && toks[c].Lower == "out")
        {
            c++;
        }
        else if (verb is "shot" && c <= last && toks[c].Lower == "back")
        {
            c++;
        }
        else if (c < last && toks[c].Lower is "of" or "against" or "about" && Lexicons.ReportingVerbs.TryGetValue(toks[v].Text, out var lemma) && lemma is "warn" or "caution")
        {
            // "warned of a long winter", "warning against closing the pier": what a warning is about is its words, not an occasion.
            return toks[c + 1].IsWord || toks[c + 1].IsQuoteMark ? c + 1 : -1;
        }
        else if (Patterns.WroteAbout.ContentStart(toks, v, last) is var written and > 0)
        {
            return written;
        }
        else if (Patterns.ExplainedTo.ContentStart(toks, v, last) is var explained and > 0)
        {
            return explained;
        }
        else if (StanceAfter(toks, v, c, last) is var stance and > 0)
        {
            return stance;
        }

        c = SkipAdverbials(toks, c, last);
        var opened = c <= last && toks[c].Lower == "that";
        if (opened)
        {
            // "said that, if the claims are true, …": an aside may open the clause.
            c += c + 1 <= last && toks[c + 1].IsPunct(',') ? 2 : 1;
        }
        else if (verb is "called" or "calling" or "call" && c <= last && toks[c].Lower == "for")
        {
            c++;
        }
        else if (!IsClauseVerb(toks[v].Text) && !Participles.Contains(verb) && verb is not ("pointed" or "shot"))
        {
            return -1;
        }

        if (!opened && c <= last && toks[c].IsPunct(','))
        {
            // "says, win or lose on Tuesday, he is staying", "said, however, that …": a short aside before the clause.
            c = AfterCommaAside(toks, c, last);
            if (c < 0)
            {
                return -1;
            }
        }

        if (c <= last && toks[c].IsPunct(':') && Patterns.ColonCue.ContentAfter(toks, c, last) is var afterColon and > 0)
        {
            c = afterColon;
        }

        if (c > last || (toks[c].IsQuoteMark && !PartialQuotes.OpensClause(toks, c, last)) || toks[c].IsPunct(':') || toks[c].IsPunct(','))
        {
            return -1;
        }

        // "said at a rally in Ohio", "said as he left", "said of the plan": an occasion or a manner, not what was said,
        // unless a "that" soon opens the clause ("said in an interview with a local paper that …", "said on a Sunday
        // talk show that …").
        if (!opened && NotClauseStart.Contains(toks[c].Text))
        {
            var that = ThatAfterOccasion(toks, c + 1, last);
            return that > 0 && that < last ? that + 1 : Patterns.OccasionClause.PronounAfter(toks, c, last);
        }

        return c;
    }

    private const int MaxStanceLookAhead = 8;

    /// <summary>
    /// "argued against intervention", "argued in favor of a second vote", "insisted on building a wall": the position a
    /// speaker takes is the words, after the preposition; -1 when the verb and preposition are no such pair. "insisted on
    /// Tuesday that …" is an occasion: a "that" soon after, or a capitalised word after "on", leaves it to the clause rules.
    /// </summary>
    private static int StanceAfter(List<Token> toks, int v, int c, int last)
    {
        if (c >= last || !Lexicons.ReportingVerbs.TryGetValue(toks[v].Text, out var lemma))
        {
            return -1;
        }

        var after = lemma switch
        {
            "argue" when toks[c].Lower == "against" => c + 1,
            "argue" when c + 2 < last && toks[c].Lower == "in" && toks[c + 1].Lower is "favor" or "favour" && toks[c + 2].Lower == "of" => c + 3,
            "insist" when toks[c].Lower == "on" => c + 1,
            _ => -1,
        };
        if (after < 0 || after > last || !toks[after].IsWord || char.IsUpper(toks[after].Text[0]) && lemma == "insist")
        {
            return -1;
        }

        return toks.FindIndex(after, Math.Min(MaxStanceLookAhead, last - after + 1), t => t.Lower == "that") >= 0 ? -1 : after;
    }

    private const int MaxOccasionTokens = 24;
    private const int MaxCommaAsideTokens = 10;
    private const int MaxTitleTokens = 8;

    /// <summary>Lower-case words that show a "that" opens a relative clause ("a rally that drew thousands"), not speech.</summary>
    private static readonly HashSet<string> RelativeVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "drew", "took", "began", "ran", "went",
        "came", "made", "left", "became", "brought", "included", "includes", "featured", "features", "aired", "airs",
    };

    /// <summary>The "that" which opens the clause after an occasion ("said during a taping in Buffalo, New York, that …"), or -1.</summary>
    private static int ThatAfterOccasion(List<Token> toks, int from, int last)
    {
        for (var j = from; j <= last && j - from < MaxOccasionTokens; j++)
        {
            var t = toks[j];
            if (t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('?') || t.IsPunct('!'))
            {
                return -1;
            }

            if (t.IsQuoteMark)
            {
                // A programme's or a book's title in quotation marks is part of the occasion; other quoted words end it.
                var close = TitleEnd(toks, j, last);
                if (close < 0)
                {
                    return -1;
                }

                j = close;
                continue;
            }

            if (t.Lower == "that" && j + 1 <= last)
            {
                var next = toks[j + 1];
                if (next.IsWord && char.IsLower(next.Text[0]) && (RelativeVerbs.Contains(next.Text) || next.Text.EndsWith("ed", StringComparison.Ordinal)))
                {
                    continue;
                }

                return j;
            }
        }

        return -1;
    }

    /// <summary>The closing mark of a short title in quotation marks opening at <paramref name="open"/>, or -1.</summary>
    private static int TitleEnd(List<Token> toks, int open, int last)
    {
        for (var j = open + 1; j <= last && j - open <= MaxTitleTokens; j++)
        {
            if (toks[j].IsQuoteMark)
            {
                return j > open + 1 ? j : -1;
            }

            if (toks[j].IsWord && char.IsLower(toks[j].Text[0]) && toks[j].Text.Length > 3)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// After "said," the clause past a short aside ("says, win or lose, he will stay", "said, however, that …", "added, that
    /// …"), or -1 when a quotation, a participle or nothing clause-like follows the comma.
    /// </summary>
    private static int AfterCommaAside(List<Token> toks, int comma, int last)
    {
        if (comma + 1 > last || !toks[comma + 1].IsWord)
        {
            return -1;
        }

        if (toks[comma + 1].Lower == "that")
        {
            return comma + 2 <= last && toks[comma + 2].IsWord ? comma + 2 : -1;
        }

        if (toks[comma + 1].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return -1;
        }

        for (var j = comma + 2; j <= last && j - comma <= MaxCommaAsideTokens; j++)
        {
            var t = toks[j];
            if (t.IsQuoteMark || t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('?') || t.IsPunct('!'))
            {
                return -1;
            }

            if (!t.IsPunct(','))
            {
                continue;
            }

            var c = j + 1;
            if (c <= last && toks[c].Lower == "that")
            {
                c++;
            }

            // "now says, however, that – after reading the report – she …": a dash may open an aside at the clause's start.
            return c + 2 <= last && (toks[c].IsWord || toks[c].IsPunct('–') || toks[c].IsPunct('—')) ? c : -1;
        }

        return -1;
    }

    /// <summary>
    /// Where the words after a cue that only say when, where or how it was said end ("Tuesday in Dayton", "on ABC’s “This Week”
    /// on Sunday"): at a comma, a stop or the sentence's end; -1 when a "that" opens a clause among them.
    /// </summary>
    public static int OccasionEnd(List<Token> toks, int from, int last)
    {
        var c = SkipAdverbials(toks, from, last);
        if (c > last || !NotClauseStart.Contains(toks[c].Text))
        {
            return c;
        }

        var j = c + 1;
        while (j <= last && !toks[j].IsPunct(',') && !toks[j].IsPunct(';') && toks[j].Lower != "that")
        {
            if (j - c >= MaxOccasionTokens)
            {
                return -1;
            }

            if (toks[j].IsQuoteMark && !TokenCounts.OnlyPunctuation(toks, j, last))
            {
                var close = TitleEnd(toks, j, last);
                if (close < 0)
                {
                    return -1;
                }

                j = close;
            }

            j++;
        }

        return j <= last && toks[j].Lower == "that" ? -1 : j;
    }

    /// <summary>
    /// Whether what follows a trailing cue is only its occasion ("…, Ortiz said Tuesday in Dayton.", "…, she said in a recorded
    /// address to the harbor board.") or ends in a participle or a new clause after a comma ("…, he said on Monday, noting …").
    /// </summary>
    public static bool IsAdverbialTail(List<Token> toks, int from, int last)
    {
        var c = OccasionEnd(toks, from, last);
        if (c < 0)
        {
            return false;
        }

        if (TokenCounts.OnlyPunctuation(toks, c, last))
        {
            return true;
        }

        if (!toks[c].IsPunct(',') || c + 1 > last || !toks[c + 1].IsWord || !char.IsLower(toks[c + 1].Text[0]))
        {
            return false;
        }

        var next = toks[c + 1].Lower;
        return next.EndsWith("ing", StringComparison.Ordinal) || next is "and" or "but" or "while" or "as" or "because" or "though" or "although" or "which";
    }

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "during", "at", "in", "on", "following", "since", "from", "throughout", "upon", "outside", "inside",
        "asked", "speaking", "earlier", "later", "for", "over", "with",
    };

    private const int MaxOpeningPhraseTokens = 30;

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "the", "his", "her", "their", "its", "there", "this", "that", "a", "an",
    };

    /// <summary>
    /// "After the debate in Tulsa, he said she had his vote.": a short opening phrase of time or place before the cue is
    /// no content; the short clause after the verb is, even when it is too short to stand as a sentence of its own. The
    /// phrase may name its circumstance at length, asides and all ("With her crew, the Marlin's, worn out after …, Ortiz
    /// claimed the prize."): a short clause after the verb still makes it an opening, not the words of a closing cue.
    /// </summary>
    public static bool IsOpeningPhraseBeforeClause(List<Token> toks, int first, int comma, int verb, int last)
    {
        if (comma - first is < 2 or > MaxOpeningPhraseTokens || !OpeningPrepositions.Contains(toks[first].Text) || verb + 2 > last ||
            !ClauseSubjects.Contains(toks[verb + 1].Text))
        {
            return false;
        }

        for (var j = first; j < comma; j++)
        {
            if (!toks[j].IsWord && !toks[j].IsPunct('.') && !toks[j].IsPunct('-') && !toks[j].IsPunct(','))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "if", "whether", "what", "how", "why", "when", "where", "who", "which",
    };

    /// <summary>Words that open an adverbial after a verb rather than a reported clause.</summary>
    private static readonly HashSet<string> NotClauseStart = new(StringComparer.Ordinal)
    {
        "at", "in", "on", "during", "as", "when", "while", "after", "before", "with", "of", "from", "to", "into", "onto", "through",
        "throughout", "via", "over", "under", "upon", "since", "until", "amid", "among", "between", "without", "within", "outside",
        "inside", "about", "around", "near", "beside", "behind", "across", "against", "toward", "towards", "following", "despite",
        "answering", "responding", "speaking", "referring", "obtained", "published", "posted", "released", "according", "earlier",
        "recently", "later", "late", "morning", "afternoon", "evening", "night", "backstage", "onstage", "afterward", "afterwards",
    };

    private const int MaxListenerTokens = 16;

    /// <summary>
    /// The "that" after a long account of who was told, where and when ("told a town hall in Dover on Monday that
    /// …"), or -1 when a verb, a relative pronoun, a quotation or a stop comes first.
    /// </summary>
    private static int ThatAfterListener(List<Token> toks, int from, int last)
    {
        for (var j = from; j <= last && j - from < MaxListenerTokens; j++)
        {
            var t = toks[j];
            if (t.Lower == "that")
            {
                return j + 1 <= last && !RelativeVerbs.Contains(toks[j + 1].Text) ? j : -1;
            }

            if (t.IsQuoteMark || (!t.IsWord && !t.IsPunct(',')) || t.Lower is "who" or "which" or "whom" or "he" or "she" or "they" or "it" or "i" or "we" ||
                (t.IsWord && char.IsLower(t.Text[0]) && (RelativeVerbs.Contains(t.Text) || Vocabulary.IsReportingVerb(t.Text) || t.Lower is "would" or "will" or "could" or "should" or "can" or "may" or "might" or "must")))
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxToldPersonTokens = 4;

    /// <summary>Words after "told X to" that make "to" a preposition ("told the story to the court", "told it to reporters").</summary>
    private static readonly HashSet<string> NotAfterToldTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these", "those", "him", "them", "me", "us", "you",
    };

    /// <summary>
    /// "told the crews to stay home", "told Ortiz not to run": a short person told, then "(not) to" and a lower-case verb.
    /// </summary>
    private static bool TellRequest(List<Token> toks, int c, int last)
    {
        for (var j = c + 1; j < last && j - c <= MaxToldPersonTokens; j++)
        {
            if (toks[j].Lower == "to")
            {
                var next = toks[j + 1];
                return next.IsWord && char.IsLower(next.Text[0]) && !NotAfterToldTo.Contains(next.Text) && !Patterns.UnresolvedSubject.NamesPeople(next) &&
                       !Vocabulary.IsReportingVerb(toks[j - 1].Text);
            }

            if (!toks[j].IsWord || Vocabulary.IsReportingVerb(toks[j].Text) || (toks[j].Lower == "not" && toks[j + 1].Lower != "to") ||
                toks[j].Lower is "that" or "about" or "of" or "in" or "at" or "on" or "he" or "she" or "they" or "it" or "we" or "i" or "you")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>After "told" without "that": past the person told ("reporters", "the crowd", "Fox News") to the reported clause.</summary>
    private static int TellObjectEnd(List<Token> toks, int c, int last)
    {
        // "told radio host Ana Lutz he would …", "told the Ledger last week she would …": a subject pronoun after the person
        // told opens the reported clause.
        for (var j = c + 1; j <= last && j - c < MaxPronounListenerTokens; j++)
        {
            // "told the Herald, her policy would …", "tells the captains, she’s been …": a comma after the person told, then the clause.
            if (toks[j].IsPunct(',') && j + 2 <= last && (SubjectPronouns.Contains(toks[j + 1].Text) || toks[j + 1].Lower is "his" or "her" or "their" or "our") &&
                toks[j + 2].IsWord && char.IsLower(toks[j + 2].Text[0]))
            {
                return j + 1;
            }

            if (!toks[j].IsWord || Vocabulary.IsReportingVerb(toks[j].Text) || toks[j].Lower is "that" or "to" or "about" or "would" or "will" or "could" or "was" or "were" or "is" or "are" or "had" or "has")
            {
                break;
            }

            // "told her advisers as she worked on the speech": a clause of time or cause after the person told is the scene; what
            // was said follows a "that" after it ("told the Herald before he spoke that he …") or nothing after the verb is.
            if (SceneConjunctions.Contains(toks[j].Text) && j + 1 <= last && SubjectPronouns.Contains(toks[j + 1].Text))
            {
                var that = toks.FindIndex(j + 2, Math.Max(0, Math.Min(MaxSceneTokens, last - j - 1)), t => t.Lower == "that");
                return that > 0 && that < last ? that + 1 : last + 1;
            }

            if (SubjectPronouns.Contains(toks[j].Text) && j + 1 <= last && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0]))
            {
                return j;
            }
        }

        var end = c;
        if (end <= last && toks[end].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its")
        {
            end++;
        }

        end++;
        while (end <= last && end - c < 5 && toks[end].IsCapitalized && toks[end - 1].IsCapitalized)
        {
            end++;
        }

        return end <= last && toks[end].IsPunct(':') ? end + 1 : end;
    }

    private const int MaxPronounListenerTokens = 8;
    private const int MaxSceneTokens = 12;

    /// <summary>Conjunctions after the person told that open a clause of time or cause: "told aides as she …", "told the crowd while he …".</summary>
    private static readonly HashSet<string> SceneConjunctions = new(StringComparer.Ordinal)
    {
        "as", "while", "because", "since", "although", "though", "before", "after", "until", "once", "whereas",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "we", "it", "he’s", "she’s", "they’re", "it’s", "he's", "she's", "they're", "it's",
    };

    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase)
    {
        "twitter", "facebook", "instagram", "x", "truth", "tiktok", "youtube", "cnn", "fox", "msnbc", "radio", "television", "tv",
    };

    private static readonly HashSet<string> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "interview", "briefing", "speech", "conference", "meeting", "letter", "post", "address", "session", "hearing",
        "forum", "panel", "summit", "call", "message", "report", "television", "radio", "podcast", "tweet",
    };

    /// <summary>Steps over "Tuesday", "on Monday", "last week", "in a statement", "at a news conference" after a verb.</summary>
    private static int SkipAdverbials(List<Token> toks, int c, int last)
    {
        for (var guard = 0; guard < 3 && c <= last; guard++)
        {
            var lower = toks[c].Lower;
            if (Patterns.VerbAdverbials.IsMannerAdverb(toks[c]) && c + 1 <= last && toks[c + 1].Lower == "that")
            {
                // "argued insistently that …".
                c++;
            }
            else if (lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "yesterday")
            {
                // "wrote in a letter Friday evening they …": a part of the day belongs to the day before it.
                c = SkipDayPart(toks, c + 1, last);
            }
            else if (lower is "today" or "tonight" or "earlier" or "later" or "also" or "again" or "repeatedly" or "publicly" or "separately")
            {
                c++;
            }
            else if (lower is "for" && c + 2 <= last && toks[c + 1].Lower is "years" or "months" or "weeks" or "decades" or "days" && toks[c + 2].Lower == "that")
            {
                // "has argued for years that …".
                c += 2;
            }
            else if (lower == "on" && c + 1 <= last && toks[c + 1].Lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                c = SkipDayPart(toks, c + 2, last);
            }
            else if (lower is "last" or "this" or "next" or "earlier" && c + 1 <= last && toks[c + 1].Lower is "week" or "month" or "year" or "weekend" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            {
                c = SkipDayPart(toks, c + 2, last);
            }
            else if (lower is "on" or "via" && c + 1 <= last && Platforms.Contains(toks[c + 1].Text))
            {
                // "wrote on Twitter", "said on CNN", "told Fox News", "said on Fox News Sunday".
                c += 2;
                while (c <= last && toks[c].IsCapitalized && toks[c].Lower is not "that")
                {
                    c++;
                }
            }
            else if (lower is "in" or "at" or "during" or "on" && c + 1 <= last && toks[c + 1].Lower is "a" or "an" or "the" or "his" or "her" or "their" &&
                     toks.Skip(c + 2).Take(3).TakeWhile(t => t.IsWord).Any(t => Occasions.Contains(t.Text)))
            {
                var end = c + 2;
                while (end <= last && end < c + 5 && toks[end].IsWord && !Occasions.Contains(toks[end].Text))
                {
                    end++;
                }

                c = end + 1;
            }
            else
            {
                break;
            }
        }

        return c;
    }

    private static int SkipDayPart(List<Token> toks, int c, int last) =>
        c <= last && toks[c].Lower is "morning" or "afternoon" or "evening" or "night" ? c + 1 : c;

    /// <summary>
    /// Where the tail after a trailing cue starts: past the person told ("…, he told the court in his filing."), else just
    /// after the verb.
    /// </summary>
    public static int TailStart(List<Token> toks, int v, int last) =>
        toks[v].Lower is "told" or "tells" && v + 1 <= last && toks[v + 1].IsWord ? Math.Min(TellObjectEnd(toks, v + 1, last), last + 1) : v + 1;

    public static bool IsClauseEnd(List<Token> toks, int from, int last)
    {
        // "In the survey, Ortiz said yes.": an answer after the verb is what was said, so the words before it never are.
        if (from <= last && toks[from].Lower is "yes" or "no")
        {
            return false;
        }

        var words = 0;
        for (var j = from; j <= last; j++)
        {
            if (toks[j].IsWord)
            {
                words++;
            }
        }

        // "…, the agency said it would cooperate.": a subject pronoun and its auxiliary after the cue open a clause of their own
        // ("…, she said it again on Tuesday." has an object).
        return words <= 4 && (last < toks.Count && !toks[last].IsQuoteMark) &&
               !(words >= 3 && from + 1 <= last && toks[from].Lower is "it" or "he" or "she" or "they" or "we" or "i" &&
                 (toks[from + 1].Lower is "would" or "will" or "could" or "can" or "should" or "may" or "might" or "must" or "was" or "were" or "is" or "are" or "had" or "has" or "have" or "did" or "does" ||
                  toks[from + 1].Lower.EndsWith("n't", StringComparison.Ordinal) || toks[from + 1].Lower.EndsWith("n’t", StringComparison.Ordinal)));
    }

    public static bool IsClauseVerb(string verb) =>
        Lexicons.ReportingVerbs.TryGetValue(verb, out var lemma) &&
        lemma is "say" or "tell" or "warn" or "stress" or "note" or "argue" or "insist" or "believe" or "claim" or "assert" or "add" or "wrote"
            or "explain" or "state" or "stated" or "declare" or "reiterate" or "emphasise" or "emphasize" or "acknowledge" or "admit" or "confirm"
            or "announce" or "suggest" or "predict" or "maintain" or "contend" or "underline" or "underscore" or "highlight"
            or "urge" or "call" or "accuse" or "deny" or "pledge" or "vow" or "promise" or "express" or "reaffirm" or "affirm" or "caution";
}
