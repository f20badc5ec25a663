using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// The checks of the last-resort pass (<c>SpeechExtractor.BareCue.cs</c>): whether the words before a speech verb leave it
/// plainly reporting a person's speech, and nothing less certain.
/// </summary>
internal static class BareCue
{
    /// <summary>Words between a subject and its verb: "has also said", "on Monday told".</summary>
    private static readonly HashSet<string> BetweenSubjectAndVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "will", "would", "did", "does", "do", "is", "was", "were", "are", "then", "later", "previously",
        "once", "again", "still", "even", "could", "can", "may", "might", "should", "must", "been", "be", "on", "in", "quick", "to",
    };

    /// <summary>Refusals and negations: "would not say", "declined to say", "Neither minister would say" report no statement.</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "never", "neither", "nor", "declined", "refused", "cannot",
    };

    /// <summary>Words that leave a bare verb form a noun: "a collective claim", "the added cost", "their warning".</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "some", "of", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    };

    /// <summary>"Too early to say", "hard to say": the writer's hedge, not a report.</summary>
    private static readonly HashSet<string> ImpersonalAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "soon", "hard", "fair", "safe", "difficult", "easy", "impossible", "early", "accurate", "honest", "possible", "needless",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "da", "van", "von", "der", "den", "al", "bin", "le", "la", "du", "del" };

    /// <summary>
    /// Whether the words from <paramref name="start"/> to the verb at <paramref name="verb"/> leave it reporting speech: no
    /// refusal, no other report it sits inside ("complained that the draft text said"), no colon after it ("Editor’s
    /// note:"), and a bare form ("claim", "note") only after a pronoun, a name, an auxiliary or "to".
    /// </summary>
    /// <param name="colonIntroduces">Whether a colon after the verb introduces the words (a block quotation), not a note's heading.</param>
    public static bool PlainSpeaker(List<Token> toks, int start, int verb, bool colonIntroduces = false)
    {
        var end = verb - 1;
        if (end < start)
        {
            return false;
        }

        for (var k = start; k <= end; k++)
        {
            var t = toks[k];
            if (Refusals.Contains(t.Text) || t.Lower.EndsWith("n't", StringComparison.Ordinal) || t.Lower.EndsWith("n’t", StringComparison.Ordinal) ||
                t.Lower is "that" or "according" || (char.IsLower(t.Text[0]) && Vocabulary.IsReportingVerb(t.Text)))
            {
                return false;
            }
        }

        if ((!colonIntroduces && verb + 1 < toks.Count && toks[verb + 1].IsPunct(':')) || Determiners.Contains(toks[end].Text) ||
            (toks[end].Lower == "to" && end > start && ImpersonalAdjectives.Contains(toks[end - 1].Text)))
        {
            return false;
        }

        // "…, maintaining global temperatures below 1.5°C": a participle after a comma is no finite verb; "is saying" is.
        var form = toks[verb].Lower;
        if (form.EndsWith("ing", StringComparison.Ordinal) && toks[end].Lower is not ("is" or "was" or "are" or "were" or "been" or "’s" or "'s"))
        {
            return false;
        }

        var inflected = form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith('s') || form.EndsWith("ing", StringComparison.Ordinal) ||
                        form is "said" or "told" or "wrote" or "written";
        return inflected || toks[end].IsCapitalized || toks[end].Lower is "to" or "i" or "we" or "they" or "you" or "will" or "would" or "can" or
            "could" or "may" or "might" or "should" or "must" or "do" or "did" or "does";
    }

    /// <summary>The last token of the subject before the verb, past auxiliaries, adverbs and days ("Vorn has also said", "Vorn on Monday told").</summary>
    public static int SubjectEnd(List<Token> toks, int start, int end)
    {
        while (end > start && (BetweenSubjectAndVerb.Contains(toks[end].Text) || !toks[end].IsWord ||
                               (char.IsLower(toks[end].Text[0]) && toks[end].Lower.EndsWith("ly", StringComparison.Ordinal)) || Vocabulary.Days.Contains(toks[end].Text)))
        {
            end--;
        }

        return end;
    }

    /// <summary>The comma before a closing cue ("…, Vorn says."), when nothing but the cue's subject lies between, or -1.</summary>
    public static int ClosingComma(List<Token> toks, int first, int verb, int last)
    {
        // "…, Vorn says." closes the sentence; "…, Vorn said," opens the quotation that follows.
        if (verb + 1 > last || !(toks[verb + 1].IsPunct('.') || toks[verb + 1].IsPunct('!')) || verb + 2 <= last && toks.Skip(verb + 2).Take(last - verb - 1).Any(t => t.IsWord))
        {
            return -1;
        }

        var comma = verb - 1;
        while (comma > first && !toks[comma].IsPunct(','))
        {
            comma--;
        }

        return comma > first + 2 && verb - comma <= 8 ? comma : -1;
    }

    /// <summary>
    /// A name of two or more words none of which says it is a body or a country ("Ilse Vorn", "Dale de Witt", not "Harbour
    /// Board" or "Ruritania Today").
    /// </summary>
    public static bool ReadsAsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w)) &&
               !words.Any(w => BodySubject.IsBodyHead(w.TrimEnd('.', ',')) || Lexicons.Countries.Normalize(w) is not null || Vocabulary.NonNameCapitals.Contains(w));
    }

    /// <summary>Words that open a described group before its head: "Many of the local captains", "Other former pilots".</summary>
    private static readonly HashSet<string> GroupOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "many", "most", "some", "several", "other", "others", "few", "all", "both", "the", "a", "an", "two", "three", "four", "five", "dozens", "hundreds",
    };

    /// <summary>Words that end the head noun phrase of a subject and open what describes it.</summary>
    private static readonly HashSet<string> PostModifierOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "who", "who’d", "who'd", "whose", "from", "in", "at", "of", "for", "on", "across", "around", "inside", "outside",
    };

    /// <summary>
    /// "Retired ferry inspectors with years on the mainland route and with no stake in the vote said", "Many of the island's skippers who sailed that winter
    /// … said", "Brandt and others who oppose … said", "A spokesman for the union defended the route and said": the first and last
    /// tokens of a subject that describes people (its head a role or a group of people), followed by a phrase that
    /// describes it or by a first verb joined with "and"; null for anything else.
    /// </summary>
    public static (int First, int Last)? DescribedPeople(List<Token> toks, int start, int verb)
    {
        var k = start;
        // "Many of the …", "Some of the …": the quantity before the group.
        while (k < verb && toks[k].IsWord && (GroupOpeners.Contains(toks[k].Text) || (toks[k].Lower == "of" && k > start && GroupOpeners.Contains(toks[k - 1].Text))))
        {
            k++;
        }

        // The head phrase: words up to what describes it.
        var head = -1;
        for (var h = k; h < verb; h++)
        {
            var t = toks[h];
            if (!t.IsWord || PostModifierOpeners.Contains(t.Text) || t.Lower is "and" && !(h + 1 < verb && toks[h + 1].Lower == "others"))
            {
                break;
            }

            // "Ortiz is tough enough after a woman told her …": a clause word or a past tense before the head makes the words
            // a clause, and the speaker would be that whole clause.
            if (UnresolvedSubject.IsClauseWord(t) && t.Lower != "one" && !(t.Lower == "than" && h > start && toks[h - 1].Lower is "more" or "fewer" or "less"))
            {
                return null;
            }

            head = h;
        }

        if (head < start || head - start > 8 || !(UnresolvedSubject.NamesPeople(toks[head]) || toks[head].Lower == "others") || ClauseInPhrase.HasFiniteVerb(toks, start, head))
        {
            return null;
        }

        var rest = head + 1;
        if (rest == verb)
        {
            return (start, head);
        }

        // "… defended the route and said": a first verb of the same subject, joined by "and" right before the speech verb.
        var joined = toks[verb - 1].Lower == "and" && toks[rest].IsWord && char.IsLower(toks[rest].Text[0]) && toks[rest].Lower.EndsWith("ed", StringComparison.Ordinal);
        var describes = PostModifierOpeners.Contains(toks[rest].Text) && verb - rest <= 25;
        return joined || describes ? (start, head) : null;
    }
}
