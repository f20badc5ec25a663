namespace GovBot.Ingestion.Extraction;

/// <summary>
/// "According to X": a source named by a preposition rather than a verb, at the start of a sentence ("According to
/// Politico, …") or at its end ("…, according to campaign filings."). The source is a person, a described person, or —
/// as news attributes facts to them just as often — a document, a poll or an outlet, named as written.
/// </summary>
internal static class AccordingTo
{
    private const int MaxSourceTokens = 12;
    private const int MaxRelativeSourceTokens = 30;

    /// <summary>A trailing source runs to the sentence's end, so it may be named at length ("a survey of shop owners carried out for … by …").</summary>
    private const int MaxTrailingSourceTokens = 24;

    /// <summary>The "according" of a trailing "…, according to X." in tokens first..last, or -1.</summary>
    public static int Trailing(List<Token> toks, int first, int last)
    {
        for (var k = last - 2; k > first + 3; k--)
        {
            // "… by 271 delegates according to a count by the Ledger.": without a comma, only a record is a source.
            if (toks[k].Lower == "according" && toks[k + 1].Lower == "to" &&
                (toks[k - 1].IsPunct(',') || toks[k - 1].IsPunct('(') || SpacedDash(toks, k - 1) || (toks[k - 1].IsWord && IsRecord(toks, k + 2, Ends(toks, k + 2, last)))) &&
                (Ends(toks, k + 2, last, MaxTrailingSourceTokens) == last + 1 || SourceEnd(toks, k, last) <= last))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the source of the trailing "according" at <paramref name="according"/> ends (exclusive): before the comma of a
    /// relative clause that describes it ("…, according to the Lakeview Institute, which tracks rents."), else after <paramref name="last"/>.
    /// </summary>
    public static int SourceEnd(List<Token> toks, int according, int last)
    {
        // "…, according to the Harlow Budget Institute - a tenth of the yearly spend.": the writer's comment after a dash is no part of the source.
        var end = Ends(toks, according + 2, last, MaxTrailingSourceTokens);
        if (end <= last && SpacedDash(toks, end) && end > according + 2)
        {
            return end;
        }

        var comma = toks.FindIndex(according + 2, Math.Max(0, last - according - 1), t => t.IsPunct(','));
        if (comma <= according + 2 || comma >= last || toks[comma + 1].Lower is not ("which" or "who"))
        {
            return last + 1;
        }

        // Only a named group or outlet in capitals ("the Lakeview Monitoring Group"); a public body is left to its officials.
        var from = toks[according + 2].Lower == "the" ? according + 3 : according + 2;
        return comma > from && toks.Skip(from).Take(comma - from).All(t => t.IsCapitalized && !MentionParser.IsPossessive(t) && !PublicBodies.Contains(t.Text))
            ? comma
            : last + 1;
    }

    /// <summary>
    /// The "according" of a medial "…, according to X, …" in tokens first..last and the comma that closes its source, or -1:
    /// the sentence goes on after the source.
    /// </summary>
    public static (int According, int Close) Medial(List<Token> toks, int first, int last)
    {
        for (var k = first + 1; k + 3 < last; k++)
        {
            if (toks[k].Lower == "according" && toks[k + 1].Lower == "to" && toks[k - 1].IsPunct(',') &&
                Ends(toks, k + 2, last) is var end && end <= last && toks[end].IsPunct(',') && end - (k + 2) is >= 1 and < MaxSourceTokens &&
                toks.Skip(end + 1).Take(last - end).Count(t => t.IsWord) >= 3)
            {
                return (k, end);
            }
        }

        return (-1, -1);
    }

    /// <summary>Words that open a clause and leave it for the words after the source: "…, because, according to X, the fee …".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "after", "since", "while", "when", "although", "though", "before", "until", "once", "whereas", "that",
    };

    /// <summary>
    /// Whether a clause opener stands just before the comma that opens the medial source at <paramref name="according"/>
    /// ("…, after, according to her, the council …"): what the source says is the clause after it, however long the words before.
    /// </summary>
    public static bool AfterClauseOpener(List<Token> toks, int first, int according) =>
        according - 2 >= first && toks[according - 1].IsPunct(',') && ClauseOpeners.Contains(toks[according - 2].Text);

    /// <summary>Where the source phrase that starts at <paramref name="start"/> ends (exclusive): at the clause's punctuation.</summary>
    public static int Ends(List<Token> toks, int start, int last, int max = MaxSourceTokens)
    {
        var end = start;
        while (end <= last && end - start < max && (!(toks[end].IsPunct(',') || toks[end].IsPunct('.') || toks[end].IsPunct(';') ||
                                                      toks[end].IsPunct(')') || toks[end].IsPunct('?') || toks[end].IsPunct('!') || SpacedDash(toks, end)) ||
                                                    InAddress(toks, end, last)))
        {
            end++;
        }

        // "according to three aides who were not authorized to speak publicly": a relative clause may run past the limit.
        if (end - start == max && toks.Skip(start).Take(MaxSourceTokens).Any(t => t.Lower is "who" or "which" or "that"))
        {
            while (end <= last && end - start < MaxRelativeSourceTokens && !(toks[end].IsPunct(',') || toks[end].IsPunct('.') || toks[end].IsPunct(';') ||
                                                                             toks[end].IsPunct(')') || toks[end].IsPunct('?') || toks[end].IsPunct('!')))
            {
                end++;
            }
        }

        // A closing mark after the phrase ends the sentence; the phrase itself is whatever came before.
        var after = end;
        while (after <= last && !toks[after].IsWord)
        {
            after++;
        }

        return after > last ? last + 1 : end;
    }

    /// <summary>A dash standing alone between spaces ("… the Tax Policy Center - half …"), not the hyphen of a compound.</summary>
    private static bool SpacedDash(List<Token> toks, int at) =>
        at > 0 && at + 1 < toks.Count && Patterns.ClauseBoundary.IsDash(toks[at]) && toks[at - 1].End < toks[at].Start && toks[at].End < toks[at + 1].Start;

    /// <summary>The dot inside a web address ("Newsfacts.org"): a word on both sides and no space.</summary>
    private static bool InAddress(List<Token> toks, int at, int last) =>
        toks[at].IsPunct('.') && at > 0 && at < last && toks[at - 1].End == toks[at].Start && toks[at + 1].Start == toks[at].End && toks[at + 1].IsWord;

    /// <summary>
    /// The source phrase as written when it names no person ("a new poll", "federal filings", "the Lakeview Institute"): without
    /// a leading article, or null when it holds no word or reads as a clause.
    /// </summary>
    public static string? Document(string text, List<Token> toks, int start, int end)
    {
        // "three sources who spoke to the paper": the source is the phrase before its relative clause.
        var relative = toks.FindIndex(start, Math.Max(0, end - start), t => t.Lower is "who");
        if (relative > start)
        {
            end = relative;
        }

        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end <= start || toks.Skip(start).Take(end - start).Any(t => t.IsQuoteMark || t.Lower is "he" or "she" or "i" or "we" or "they" or "you" or "it"))
        {
            return null;
        }

        // A named outlet or body ("the Daily Ledger", "the Lakeview Institute") or a poll, filing or report; not a lower-case institution
        // ("the ministry", "analysis firm Chainbridge") nor a plan or a law, which the project's gold sets leave out.
        var words = toks.Skip(start).Take(end - start).ToList();
        var named = words[^1].IsCapitalized || Vocabulary.IsNameWord(words[^1]);
        if (words.Any(w => Institutions.Contains(w.Text)) || !named && !words.Any(w => Patterns.SubjectPhrase.IsDocumentOrGroup(w.Text)))
        {
            return null;
        }

        if (end - start > 1 && toks[start].Lower is "the" or "a" or "an")
        {
            start++;
        }

        return text[toks[start].Start..toks[end - 1].End];
    }

    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "firm", "company", "ministry", "agency", "department", "office", "government", "authority", "commission", "council", "bank",
    };

    /// <summary>
    /// The source as written when the name rules cannot place it ("according to Tidewater", "according to a rights group's
    /// report"): a document or outlet, but not a public body named in capitals ("the Cyber Security Service"), which the
    /// project's gold sets attribute to its officials, nor one owned by a possessive ("the country's …").
    /// </summary>
    public static string? Outlet(string text, List<Token> toks, int start, int end)
    {
        var written = Document(text, toks, start, end);
        return written is null || toks.Skip(start).Take(end - start).Any(t => MentionParser.IsPossessive(t) || PublicBodies.Contains(t.Text)) ? null : written;
    }

    /// <summary>
    /// A record, count or poll named as the source ("Federal Election Commission records", "his Facebook profile", "the
    /// most recent data from the bureau"): as written, even when a body or a person owns it, since a document speaks for
    /// no official; null otherwise.
    /// </summary>
    public static string? Record(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (!IsRecord(toks, start, end))
        {
            return null;
        }

        if (end - start > 1 && toks[start].Lower is "the" or "a" or "an")
        {
            start++;
        }

        return text[toks[start].Start..toks[end - 1].End];
    }

    /// <summary>Whether tokens start..end name a record, count or poll by their head word.</summary>
    private static bool IsRecord(List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        var head = end - 1;
        // "the most recent data available from the bureau": the head stands before the phrase that places it.
        for (var k = start; k < end; k++)
        {
            if (toks[k].Lower is "from" or "of" or "by" or "available" or "released" or "obtained" or "filed" or "reviewed" or "conducted" or "that" or "which" or "he" or "she" or "they")
            {
                head = k - 1;
                break;
            }
        }

        return head >= start && Records.Contains(toks[head].Text) && !char.IsUpper(toks[head].Text[0]) && !toks.Skip(start).Take(end - start).Any(t => t.IsQuoteMark);
    }

    private static readonly HashSet<string> Records = new(StringComparer.OrdinalIgnoreCase)
    {
        "records", "record", "data", "filings", "filing", "poll", "polls", "survey", "surveys", "report", "reports", "document", "documents",
        "profile", "analysis", "average", "tracker", "estimates", "estimate", "figures", "statistics", "memo", "email", "e-mail", "letter",
        "tally", "count", "results", "transcript", "website", "database", "study", "research", "census", "copy", "declaration",
        "returns", "summary", "polling", "trackers", "timeline", "biography", "memoir", "book", "paper", "index", "affidavit", "complaint", "indictment",
    };

    private static readonly HashSet<string> PublicBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "agency", "department", "office", "government", "authority", "commission", "council", "service", "police",
        "directorate", "bureau", "administration", "embassy", "court", "parliament", "army", "military",
    };

    /// <summary>
    /// A source written as a name alone ("according to al-Mansouri"), for the attributor to resolve to the person the
    /// document introduced; null when any word of it is not a name word.
    /// </summary>
    public static Mention? NameOnly(List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end <= start || end - start > 4 || !toks.Skip(start).Take(end - start).All(Vocabulary.IsNameWord))
        {
            return null;
        }

        var text = string.Join(' ', toks.Skip(start).Take(end - start).Select(t => t.Text));
        return new Mention(MentionKind.Name, text, toks[start].Start, toks[end - 1].End);
    }

    /// <summary>The source as a mention for the attributor: a person, a described person, a name alone, or the owner of a work.</summary>
    /// <remarks>
    /// "according to her lawyers", "according to his biography": a possessive pronoun owns the source, it does not name it;
    /// the source is written as it stands.
    /// </remarks>
    public static Mention? Person(string text, List<Token> toks, int start, int end) =>
        WebOutlet(text, toks, start, end) is not null || (start < end && toks[start].Lower is "his" or "her" or "their" or "its" or "my" or "our")
            ? null
            : Source(text, toks, start, end) ?? NameOnly(toks, start, end) ?? Owner(toks, start, end);

    /// <summary>The source as written when no rule names a person, document or body: a described source or a web outlet.</summary>
    public static string? Written(string text, List<Token> toks, int start, int end) =>
        Described(text, toks, start, end) ?? WebOutlet(text, toks, start, end);

    /// <summary>The source when it is a person or a described person ("a campaign aide").</summary>
    public static Mention? Source(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        return end <= start ? null : MentionParser.After(text, toks, start, end);
    }

    /// <summary>Heads of a described source that speaks ("a person familiar with …", "a source at the station", "her lawyers").</summary>
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "people", "source", "sources", "someone", "official", "officials", "aide", "aides", "lawyer", "lawyers", "attorney",
        "attorneys", "leader", "leaders", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "insider", "insiders",
        "member", "members", "friend", "friends", "associate", "associates", "executive", "executives", "witness", "witnesses",
        "networks", "investigators", "prosecutors", "diplomat", "diplomats", "strategist", "strategists", "organizers", "spokesman",
        "spokeswoman", "spokesperson", "representatives", "analysts", "experts",
    };

    /// <summary>Determiners a described source may open with; what follows them is written as the speaker.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "his", "her", "their", "its", "many", "other",
    };

    /// <summary>Words after the head that describe the source further ("familiar with …", "at the station", "in attendance").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "familiar", "close", "at", "on", "in", "with", "who", "from", "for", "of", "involved", "briefed", "knowledgeable", "within", "inside", "near",
    };

    /// <summary>Works of their owner: "according to Whitfield’s memoir" is Whitfield’s word.</summary>
    private static readonly HashSet<string> Works = new(StringComparer.OrdinalIgnoreCase)
    {
        "memoir", "memoirs", "book", "autobiography", "account", "testimony", "tweet", "tweets", "letter", "remarks", "speech",
    };

    /// <summary>
    /// A described source that speaks: "a person familiar with her plans", "a source at the station", "someone in attendance",
    /// "her lawyers", "three television networks"; as written without its article and any relative clause, or null.
    /// Polls, data and records are no such source: their heads name no people.
    /// </summary>
    public static string? Described(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        var relative = toks.FindIndex(start, Math.Max(0, end - start), t => t.Lower is "who" or "that" or "which");
        if (relative > start)
        {
            end = relative;
        }

        var from = start < end && Determiners.Contains(toks[start].Text) ? start + 1 : start;
        var head = from;
        while (head < end && toks[head].IsWord && !Qualifiers.Contains(toks[head].Text) && !MentionParser.IsPossessive(toks[head]))
        {
            head++;
        }

        // The head is the last word before the qualifiers: lower case, naming people, after at most three modifiers.
        if (head == from || head - from > 4 || (head < end && !Qualifiers.Contains(toks[head].Text)))
        {
            return null;
        }

        var word = toks[head - 1];
        if (!char.IsLower(word.Text[0]) || !(People.Contains(word.Text) || Vocabulary.IsRole(word.Text)) ||
            (from == start && !word.Lower.EndsWith('s') && word.Lower != "someone"))
        {
            return null;
        }

        var written = text[toks[toks[start].Lower is "a" or "an" or "the" && start + 1 < end ? start + 1 : start].Start..toks[end - 1].End];
        return written.Length > 0 ? written : null;
    }

    /// <summary>"according to Whitfield’s memoir": the owner of a work, as a name for the attributor; null otherwise.</summary>
    public static Mention? Owner(List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end - start < 2 || end - start > 5 || !Works.Contains(toks[end - 1].Text) || !MentionParser.IsPossessive(toks[end - 2]))
        {
            return null;
        }

        var owner = toks[end - 2];
        var bare = owner.Text[..^2];
        var from = end - 2;
        while (from - 1 >= start && Vocabulary.IsNameWord(toks[from - 1]))
        {
            from--;
        }

        if (bare.Length < 2 || !char.IsUpper(bare[0]))
        {
            return null;
        }

        var name = string.Join(' ', toks.Skip(from).Take(end - 2 - from).Select(t => t.Text).Append(bare));
        return new Mention(MentionKind.Name, name, toks[from].Start, owner.Start + bare.Length);
    }

    /// <summary>A web outlet written as its address ("according to Newsfacts.org"), as written; null otherwise.</summary>
    public static string? WebOutlet(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        return end - start == 3 && toks[start].IsWord && toks[start + 1].IsPunct('.') && toks[start + 2].Lower is "com" or "org" or "net" or "gov" &&
               toks[start + 1].Start == toks[start].End && toks[start + 2].Start == toks[start + 1].End
            ? text[toks[start].Start..toks[end - 1].End]
            : null;
    }
}
