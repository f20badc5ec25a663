namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Pronoun subjects the name rules do not read: a pronoun fused with its auxiliary ("He's said he …", "She’s long argued
/// that …") and "it" standing for a body that has just spoken ("The Zentrix Group said … It said the figures …").
/// </summary>
internal static class PronounSubject
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "so", "still", "yet", "now", "also", "instead" };

    private static readonly Dictionary<string, bool> Contractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he's"] = false, ["he’s"] = false, ["she's"] = true, ["she’s"] = true,
    };

    /// <summary>"He's said …": the pronoun as a mention for the attributor, or null when the verb has no such subject.</summary>
    public static Mention? Contracted(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s < first || !Contractions.TryGetValue(toks[s].Text, out var female) || !OpensClause(toks, first, s))
        {
            return null;
        }

        // Only the pronoun itself is the mention: "He's" is "He" plus "has".
        var pronoun = toks[s].Text[..(female ? 3 : 2)];
        return new Mention(MentionKind.Pronoun, pronoun, toks[s].Start, toks[s].Start + pronoun.Length, Female: female) { PhraseStart = toks[s].Start };
    }

    /// <summary>
    /// Where the "it" that is the subject of <paramref name="verb"/> stands, or -1: at the start of the sentence, after an
    /// opener, or after the comma of a trailing "…, it said."
    /// </summary>
    public static int It(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        return s >= first && toks[s].Lower == "it" && (OpensClause(toks, first, s) || toks[s - 1].IsPunct(',')) ? s : -1;
    }

    /// <summary>
    /// "… in an interview in which he said …", "… a hearing during which she said …": a pronoun opening a relative clause
    /// after a preposition and "which" is the subject of its own clause.
    /// </summary>
    public static bool AfterPrepositionalWhich(List<Token> toks, int first, int s) =>
        s - 2 >= first && Vocabulary.Pronouns.Contains(toks[s].Text) && toks[s - 1].Lower == "which" &&
        toks[s - 2].Lower is "in" or "during" or "at" or "after" or "on";

    /// <summary>Documents that "it" may stand for when they are named in the sentence before.</summary>
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "report", "memo", "memorandum", "letter", "study", "survey", "lawsuit", "complaint", "filing", "audit", "ruling", "order",
        "document", "petition", "resolution", "bill", "indictment", "affidavit", "brief", "doctrine", "email", "e-mail", "review", "analysis",
    };

    private const int MaxDocumentModifiers = 3;

    /// <summary>
    /// Whether a speaker as written is a document ("email", "2019 audit"): what a later "it" continues ("It stated … . It said
    /// …") once the document has spoken, as a body's "it" does.
    /// </summary>
    public static bool IsDocument(string speaker) =>
        speaker.Length > 0 && char.IsLower(speaker[0]) && speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= MaxDocumentModifiers + 1 } words &&
        Documents.Contains(words[^1]);

    /// <summary>Verbs after an opening "it" that make it the empty subject of a state, not a body or document that acts: "It is unclear …".</summary>
    private static readonly HashSet<string> StateVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "seems", "seemed", "remains", "remained", "appears", "appeared", "would", "will", "could", "can", "may", "might", "should",
        "must", "has", "had", "does", "did", "took", "takes", "makes", "made", "means", "meant", "helps", "helped",
    };

    /// <summary>
    /// "It goes on to fault the board's accounts, saying …": whether the clause before <paramref name="limit"/> opens with an "it"
    /// that acts (its verb no state or auxiliary), so a participle after it shares that "it".
    /// </summary>
    public static bool OpensWithActingIt(List<Token> toks, int first, int limit)
    {
        var s = first < limit && Openers.Contains(toks[first].Text) ? first + 1 : first;
        return s + 1 < limit && toks[s].Lower == "it" && toks[s + 1].IsWord && char.IsLower(toks[s + 1].Text[0]) && !StateVerbs.Contains(toks[s + 1].Text) &&
               !toks[s + 1].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// "The port board cited a 2019 audit of the pumps. It says the pumps …": the last document the sentence before names,
    /// as written without its article, or null. The sentence before must end just before <paramref name="first"/>.
    /// </summary>
    public static string? DocumentBefore(string text, List<Token> toks, int first)
    {
        var stop = first - 1;
        if (stop < 1 || !toks[stop].IsPunct('.'))
        {
            return null;
        }

        for (var k = stop - 1; k >= 0 && !(toks[k].IsPunct('.') || toks[k].IsPunct('?') || toks[k].IsPunct('!')); k--)
        {
            if (!Documents.Contains(toks[k].Text))
            {
                continue;
            }

            var start = k;
            while (start - 1 >= 0 && k - start < MaxDocumentModifiers && toks[start - 1].IsWord && !Vocabulary.IsReportingVerb(toks[start - 1].Text) &&
                   toks[start - 1].Lower is not ("the" or "a" or "an" or "this" or "that" or "its" or "his" or "her" or "their" or "of" or "in" or "on" or "by" or "to" or "from" or "and" or "with" or "for"))
            {
                start--;
            }

            return text[toks[start].Start..toks[k].End];
        }

        return null;
    }

    /// <summary>
    /// "As for Ortiz, she said she is not worried.": the person the sentence opens with as its topic, whom the pronoun after
    /// the comma at <paramref name="subjectStart"/> stands for, or null.
    /// </summary>
    public static Mention? Topic(string text, List<Token> toks, int first, int subjectStart, bool? female)
    {
        if (subjectStart - 3 < first || !toks[subjectStart - 1].IsPunct(',') || toks[first].Lower != "as" || toks[first + 1].Lower != "for")
        {
            return null;
        }

        return MentionParser.Before(text, toks, subjectStart - 1, first + 2) is { Kind: MentionKind.Name } topic &&
               TokenIndex.AtOrAfter(toks, topic.PhraseStart) <= first + 3 && (topic.Female is null || female is null || topic.Female == female)
            ? topic
            : null;
    }

    private static bool OpensClause(List<Token> toks, int first, int s) =>
        s == first || (s - 1 == first && Openers.Contains(toks[first].Text)) || ClauseOpeners.Precede(toks, first, s) ||
        (s - 1 >= first && toks[s - 1].IsPunct('('));

    // "…, because he said …", "…, though she said …": a subordinate clause after the comma reports its pronoun's words too.
    private static readonly HashSet<string> Coordinators = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "yet", "though", "although", "while", "because", "since", "whereas" };

    /// <summary>
    /// "Beck said the race was close, but he said the state could swing", "…, at the hearing she said …": a second cue of the
    /// same sentence whose pronoun opens a clause after a comma and a conjunction or a short time or place phrase; the
    /// pronoun and where the cue starts (at the comma), or null.
    /// </summary>
    public static (Mention Pronoun, int CueStart)? Coordinated(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s - 2 < first || !Vocabulary.Pronouns.Contains(toks[s].Text))
        {
            return null;
        }

        // "…, but he said …", or "…, at the hearing she said …" with a short time or place phrase before the pronoun.
        var j = LeadStart(toks, first, s) is var lead and > 0 ? lead - 1 : s - 1;
        if (j - 1 >= first && Coordinators.Contains(toks[j].Text))
        {
            j--;
        }
        else if (j == s - 1)
        {
            return null;
        }

        if (j <= first || !(toks[j].IsPunct(',') || toks[j].IsPunct(';') || CommaInsideQuote(toks, first, j)))
        {
            return null;
        }

        var t = toks[s];
        return (new Mention(MentionKind.Pronoun, t.Text, t.Start, t.End, Female: t.Lower == "she"), j);
    }

    private static readonly HashSet<string> LeadPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "during", "after", "before", "since", "through", "over", "last", "earlier", "later",
    };

    private static readonly HashSet<string> NotInLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "if", "whether", "and", "or", "but",
        "he", "she", "they", "we", "it", "i", "you", "not", "is", "was", "were", "are", "be", "been", "has", "had", "have",
    };

    private const int MaxLeadWords = 4;

    /// <summary>
    /// "Although in May she said …", "…, at the hearing she said …": a short time or place phrase between a clause's start and
    /// its pronoun subject, which the pronoun still opens as subject of the reporting clause.
    /// </summary>
    public static bool AfterShortLead(List<Token> toks, int first, int subjectStart) =>
        LeadStart(toks, first, subjectStart) is var p and >= 0 &&
        (p == first || toks[p - 1].IsPunct(',') || toks[p - 1].IsPunct(';') || CommaInsideQuote(toks, first, p - 1) || ClauseOpeners.Precede(toks, first, p));

    /// <summary>
    /// "… had fixed “the old pier,” on Tuesday she said …": a closing quotation mark with the clause's comma just inside it
    /// ends the clause as the comma would.
    /// </summary>
    private static bool CommaInsideQuote(List<Token> toks, int first, int k) =>
        k - 1 > first && toks[k].IsQuoteMark && toks[k - 1].IsPunct(',');

    /// <summary>Where the short time or place phrase before the pronoun at <paramref name="subjectStart"/> starts, or -1.</summary>
    private static int LeadStart(List<Token> toks, int first, int subjectStart)
    {
        if (subjectStart - 2 < first || toks[subjectStart].Lower is not ("he" or "she" or "they" or "we"))
        {
            return -1;
        }

        for (var p = subjectStart - 1; p >= first && subjectStart - p <= MaxLeadWords; p--)
        {
            var t = toks[p];
            if (!t.IsWord || NotInLead.Contains(t.Text) || Vocabulary.IsReportingVerb(t.Text))
            {
                return -1;
            }

            if (p < subjectStart - 1 && LeadPrepositions.Contains(t.Text))
            {
                return p;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they", "we", "i", "there" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "might", "must", "may", "does", "did",
    };

    /// <summary>
    /// Whether the words at <paramref name="tail"/>, right after a cue's verb, open a clause with its own subject:
    /// "… — indeed, she said it steadies the board.": a subject pronoun and a finite verb after the cue open the reported
    /// clause itself, however short; "…, he said it again on Monday." (an object and an adverb) does not.
    /// </summary>
    public static bool ClauseAfterCue(List<Token> toks, int tail, int last)
    {
        // "she said it “steadies” the board": a quotation mark may open the verb.
        var v = tail + 1 <= last && toks[tail + 1].IsQuoteMark ? tail + 2 : tail + 1;
        if (v + 1 > last || !SubjectPronouns.Contains(toks[tail].Lower) || !toks[v].IsWord || !(toks[v + 1].IsWord || toks[v + 1].IsQuoteMark))
        {
            return false;
        }

        var verb = toks[v].Lower;
        return Auxiliaries.Contains(verb) || (verb.Length > 3 && (verb.EndsWith('s') || verb.EndsWith("ed", StringComparison.Ordinal)) && !verb.EndsWith("ss", StringComparison.Ordinal));
    }
}
