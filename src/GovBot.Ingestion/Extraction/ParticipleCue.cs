namespace GovBot.Ingestion.Extraction;

/// <summary>
/// A quotation introduced by a participle after a comma belongs to the subject of the sentence:
/// "Ortiz launched an attack on the council, calling it “the worst in our history.”" /
/// "At the rally, she defended the plan, saying, “…”".
/// </summary>
internal static class ParticipleCue
{
    private const int MaxParticipleDistance = 8;
    private const int MaxSubjectSearch = 14;

    /// <summary>The sentence's subject when a participle after a comma stands shortly before <paramref name="beforeQuote"/>.</summary>
    public static (Mention? Mention, string? Verb) BeforeQuote(string text, List<Token> toks, int beforeQuote)
    {
        var floor = SentenceStart(toks, beforeQuote);
        for (var v = beforeQuote; v > floor && beforeQuote - v < MaxParticipleDistance; v--)
        {
            if (toks[v].IsQuoteMark)
            {
                return (null, null);
            }

            if (IsParticiple(toks[v]) && toks[v - 1].IsPunct(',') && Subject(text, toks, floor, v - 1) is { } subject)
            {
                return (subject, toks[v].Lower);
            }
        }

        // "Mayor Dana Ortiz blamed the water board's "three stubborn trustees"": a quotation inside a sentence whose subject is a
        // person who does something with words is that person's, whatever the verb.
        return Subject(text, toks, floor, beforeQuote + 1) is { Kind: not MentionKind.Description } doer ? (doer, null) : (null, null);
    }

    /// <summary>
    /// The name or pronoun that opens the sentence from <paramref name="first"/> as the subject of its first verb before
    /// <paramref name="limit"/> (after an opening phrase set off by a comma, such as "At the rally,").
    /// </summary>
    public static Mention? Subject(string text, List<Token> toks, int first, int limit)
    {
        for (var k = first + 1; k < limit && k - first <= MaxSubjectSearch; k++)
        {
            var t = toks[k];
            if (t.IsQuoteMark)
            {
                return null;
            }

            if (!t.IsWord || !char.IsLower(t.Text[0]) || Vocabulary.IsRole(t.Text) || Vocabulary.Connectors.Contains(t.Text) ||
                Vocabulary.TitleModifiers.Contains(t.Text) || !LooksFinite(t.Text))
            {
                continue;
            }

            // "Ortiz subsequently defended …": an adverb may stand between the subject and its verb.
            var verb = k - 1 > first && toks[k - 1].IsWord && toks[k - 1].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(toks[k - 1].Text[0]) ? k - 1 : k;
            var m = MentionParser.Before(text, toks, verb, first);
            if (m is null || m.Kind == MentionKind.Description)
            {
                return null;
            }

            var at = TokenIndex.AtOrAfter(toks, m.PhraseStart);
            // Only after an opening phrase and its comma is a lone capitalised word surely a name ("At the debate, Marlow compared …").
            return at == first ? m : at > first && toks[at - 1].IsPunct(',') ? m with { Anchored = true } : null;
        }

        return null;
    }

    /// <summary>
    /// A participle opening the sentence before its subject: "While insisting that the count was fair, Brennan …", "Since
    /// announcing in May that she would retire, Ortiz has …"; <paramref name="frontedEnd"/> is the comma that closes it.
    /// </summary>
    public static bool OpensSentence(List<Token> toks, int first, int v, int frontedEnd)
    {
        if (frontedEnd <= v || !ReportedClause.Participles.Contains(toks[v].Lower))
        {
            return false;
        }

        var k = first;
        if (k < v && toks[k].Lower is "while" or "after" or "before" or "since" or "upon" or "when")
        {
            k++;
        }

        while (k < v && (Patterns.VerbAdverbials.IsMannerAdverb(toks[k]) || toks[k].Lower is "also" or "first" or "initially"))
        {
            k++;
        }

        return k == v;
    }

    /// <summary>
    /// Where the words of a participle set off between a subject and its verb end: "Brennan, after initially saying he would
    /// not run, changed course" ends at the comma before "changed"; -1 when the participle does not sit in such an aside.
    /// </summary>
    public static int AsideEnd(List<Token> toks, int first, int v, int content, int last)
    {
        if (AsideOpen(toks, first, v) < 0)
        {
            return -1;
        }

        for (var j = content + 1; j < last; j++)
        {
            if (toks[j].IsQuoteMark)
            {
                return -1;
            }

            if (toks[j].IsPunct(',') && toks[j + 1].IsWord && char.IsLower(toks[j + 1].Text[0]) && LooksFinite(toks[j + 1].Text) &&
                toks[j + 1].Lower is not ("and" or "but" or "which" or "who" or "as" or "this" or "his" or "its" or "was" or "is"))
            {
                return j - 1;
            }
        }

        return -1;
    }

    /// <summary>The subject before an aside that a participle opens ("Brennan, after initially saying …, changed …"), or null.</summary>
    public static Mention? AsideSubject(string text, List<Token> toks, int first, int v)
    {
        var open = AsideOpen(toks, first, v);
        return open > first && MentionParser.Before(text, toks, open, first) is { } m && TokenIndex.AtOrAfter(toks, m.PhraseStart) <= first + 1 ? m : null;
    }

    /// <summary>The comma opening an aside of a participle right after a subject of capitalised words, or -1.</summary>
    private static int AsideOpen(List<Token> toks, int first, int v)
    {
        var open = v - 1;
        while (open > first && !toks[open].IsPunct(','))
        {
            if (toks[open].IsWord && char.IsLower(toks[open].Text[0]) && !(toks[open].Lower is "after" or "while" or "before" or "also" or "first" or "then" or "later" ||
                                                                           Patterns.VerbAdverbials.IsMannerAdverb(toks[open])))
            {
                return -1;
            }

            open--;
        }

        return open <= first || toks.GetRange(first, open - first).Any(t => !t.IsCapitalized && t.IsWord && !Vocabulary.Connectors.Contains(t.Text)) ? -1 : open;
    }

    private static bool IsParticiple(Token t) =>
        t.IsWord && char.IsLower(t.Text[0]) && t.Text.Length > 5 && t.Text.EndsWith("ing", StringComparison.Ordinal) &&
        (Vocabulary.IsReportingVerb(t.Text) || ReportedClause.Participles.Contains(t.Text) || SpeechParticiples.Contains(t.Text));

    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.Ordinal)
    {
        "calling", "telling", "writing", "tweeting", "declaring", "asking", "describing", "labeling", "labelling", "praising",
        "blasting", "accusing", "vowing", "promising", "remarking", "quipping", "joking", "suggesting", "asserting", "citing",
        "charging", "complaining", "predicting", "lamenting", "boasting", "proclaiming", "dubbing", "referring", "recalling",
    };

    /// <summary>A finite verb form: "launched", "defends", "went"; not "-ing" forms, which are the participles themselves.</summary>
    private static bool LooksFinite(string w) =>
        w.Length > 2 && !w.EndsWith("ing", StringComparison.Ordinal) &&
        (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') || Vocabulary.IsReportingVerb(w) ||
         w is "took" or "went" or "made" or "gave" or "got" or "came" or "spoke" or "wrote" or "ran" or "hit" or "struck" or "broke" or "stood" or "held" or "sent" or "put" or "led" or "began" or "offered");

    private static int SentenceStart(List<Token> toks, int index)
    {
        for (var j = index; j >= 0; j--)
        {
            if (toks[j].IsPunct('.') || toks[j].IsPunct('?') || toks[j].IsPunct('!') || toks[j].IsPunct(';'))
            {
                return j + 1;
            }
        }

        return 0;
    }
}
