namespace GovBot.Ingestion.Extraction;

/// <summary>Reading a subject: the name phrase, its appositive, and the verb that follows it.</summary>
internal static partial class QuoteSubject
{
    /// <summary>A name or he/she at <paramref name="s"/> followed by its verb, directly or after an appositive in commas.</summary>
    private static (Mention?, string?)? Subject(string text, List<Token> toks, int s, int beforeQuote)
    {
        if (s >= beforeQuote)
        {
            return null;
        }

        if (Vocabulary.Pronouns.Contains(toks[s].Text) && IsVerb(toks[s + 1]))
        {
            return (new Mention(MentionKind.Pronoun, toks[s].Text, toks[s].Start, toks[s].End, Female: toks[s].Lower == "she"), toks[s + 1].Lower);
        }

        if (NamePhraseAt(text, toks, s) is not { } phrase || phrase.End > beforeQuote)
        {
            return null;
        }

        var (mention, end) = phrase;

        // "Chancellor Anja Brandt of Germany condemned …": a place after the name.
        if (toks[end].Lower == "of" && end + 1 < beforeQuote && toks[end + 1].IsCapitalized)
        {
            end++;
            while (end < beforeQuote && (toks[end].IsCapitalized || toks[end].Lower == "the"))
            {
                end++;
            }
        }

        // "Ortiz also called …", "Ortiz recently wrote …".
        while (end + 1 < beforeQuote && toks[end].Lower is "also" or "later" or "then" or "again" or "recently" or "once" or "first" or "finally")
        {
            end++;
        }

        if (IsVerb(toks[end]))
        {
            return (mention, Cue(toks, end));
        }

        if (!toks[end].IsPunct(','))
        {
            return null;
        }

        // "Dana Reyes, a ferry pilot from Lowport, Brackenshire, says …": the appositive may hold commas of its own; it ends
        // at the comma a verb follows.
        for (var c = end + 1; c < beforeQuote && c - end <= MaxAppositiveTokens; c++)
        {
            if (toks[c].IsPunct('.') || toks[c].IsPunct(';'))
            {
                return null;
            }

            if (toks[c].IsPunct(',') && IsVerb(toks[c + 1]))
            {
                return (mention, Cue(toks, c + 1));
            }
        }

        return null;
    }

    /// <summary>The verb a cue is named by: "labeling" in "is labeling", "told" in "has told".</summary>
    private static string Cue(List<Token> toks, int verb) => toks[CueIndex(toks, verb)].Lower;

    private static int CueIndex(List<Token> toks, int verb)
    {
        var v = verb;
        while (v + 1 < toks.Count && v - verb < 2 && toks[v].Lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "been" or "will" or "would" or "also" && toks[v + 1].IsWord && char.IsLower(toks[v + 1].Text[0]) && !NotVerbs.Contains(toks[v + 1].Text))
        {
            v++;
        }

        return v;
    }

    /// <summary>A finite verb after a subject: a reporting verb or speech act, an auxiliary, or a past or present form.</summary>
    private static bool IsVerb(Token t)
    {
        if (!t.IsWord || !char.IsLower(t.Text[0]) || NotVerbs.Contains(t.Text) || Vocabulary.IsRole(t.Text) || Relations.Contains(t.Text))
        {
            return false;
        }

        var w = t.Text;
        return IsSpeech(t) || Auxiliaries.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 ||
               w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal));
    }

    private static bool IsSpeech(Token t) => Vocabulary.IsReportingVerb(t.Text) || SpeechActs.Contains(t.Text);

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does", "may", "might", "took",
        "made", "gave", "went", "came", "got", "spoke", "wrote", "told", "said", "sent", "held", "led", "put", "ran", "began", "struck",
        "shot", "hit", "kept", "won", "lost", "left", "felt", "saw", "thought", "knew", "stood", "sat", "did", "didn’t", "didn't",
        "doesn’t", "doesn't", "wasn’t", "wasn't", "isn’t", "isn't", "hasn’t", "hasn't", "won’t", "won't", "can’t", "can't",
    };

    /// <summary>
    /// A person's name with the titles and description words before it, starting at <paramref name="s"/>, and the index of
    /// the token after it. A possessive ("Rubio's aide") or a phrase that does not end in a name is not a subject.
    /// </summary>
    private static (Mention Mention, int End)? NamePhraseAt(string text, List<Token> toks, int s)
    {
        var end = s;
        if (end < toks.Count && toks[end].Lower == "the" && end + 1 < toks.Count && (toks[end + 1].IsCapitalized || Vocabulary.IsRole(toks[end + 1].Text)))
        {
            end++;
        }

        var lead = 0;
        while (end < toks.Count)
        {
            var t = toks[end];
            if (IsNamePart(t) || Vocabulary.StartsParticleRun(toks, end) || t.IsCapitalized && t.IsWord && !Vocabulary.NonNameCapitals.Contains(t.Text) ||
                Vocabulary.IsRole(t.Text) || Vocabulary.Honorifics.Contains(t.Text) || IsAge(t.Text))
            {
                end++;
            }
            else if (t.IsWord && (Relations.Contains(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text)) && ++lead <= MaxLeadTokens)
            {
                end++;
            }
            else if (Vocabulary.Connectors.Contains(t.Text) && end > s && toks[end - 1].IsCapitalized && end + 1 < toks.Count && toks[end + 1].IsCapitalized)
            {
                // "Council on Civic Relations Director Nia Awad": a joiner inside a capitalised run.
                end++;
            }
            else
            {
                break;
            }
        }

        // "Chancellor Anja Brandt of Germany": the name ends before a place joined by "of".
        for (var k = end - 1; k > s && !Vocabulary.IsNameWord(toks[end - 1]); k--)
        {
            if (toks[k].Lower == "of" && Vocabulary.IsNameWord(toks[k - 1]))
            {
                end = k;
            }
        }

        // Suffixes close a name: "Brent Kale III", "James Comey Jr.".
        if (end == s || MentionParser.IsPossessive(toks[end - 1]) || !(Vocabulary.IsNameWord(toks[end - 1]) || toks[end - 1].Text is "Jr." or "II" or "III" or "IV"))
        {
            return null;
        }

        var from = s;
        while (from < end && !toks[from].IsCapitalized && !Vocabulary.IsRole(toks[from].Text))
        {
            from++;
        }

        var nameEnd = toks[end - 1].Text is "Jr." or "II" or "III" or "IV" ? end - 1 : end;
        var mention = from < nameEnd ? MentionParser.NamePhrase(text, toks.GetRange(from, nameEnd - from)) : null;
        return mention is null || mention.Kind != MentionKind.Name ? null : (mention, end);
    }

    private static bool IsNamePart(Token t) =>
        Vocabulary.IsNameWord(t) || t.IsCapitalized && t.Text.Length == 2 && t.Text[1] == '.' ||
        t.Text.Length is 4 or 6 && t.Text.Where((_, x) => x % 2 == 1).All(c => c == '.') && t.Text.Where((_, x) => x % 2 == 0).All(char.IsUpper);

    /// <summary>"17-year-old", "55-year-old".</summary>
    private static bool IsAge(string w) => w.EndsWith("-year-old", StringComparison.Ordinal) && w.Length > 9 && char.IsDigit(w[0]);

    private static int SentenceStart(List<Token> toks, int index)
    {
        for (var j = index; j >= 0; j--)
        {
            // A quotation earlier in the sentence does not end it: "Ortiz called them "fools" who "…"".
            if (toks[j].IsPunct('.') || toks[j].IsPunct('?') || toks[j].IsPunct('!') || toks[j].IsPunct(';') || toks[j].IsPunct(':') && j < index)
            {
                return j + 1;
            }
        }

        return 0;
    }
}
