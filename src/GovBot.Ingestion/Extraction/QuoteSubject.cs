namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The person a sentence is about speaks the quotation inside it when no reporting verb names anyone else: news puts
/// the source first and lets any verb carry the words ("Dana Reyes, a 55-year-old teacher from Toledo, says the mayor
/// will "leave with momentum."", "Former Ohio Gov. Tom Hale, for his part, is labeling the plan "an abuse of power."",
/// "17-year-old Jo Park echoed:"), or right after the quotation with an appositive before the verb
/// (""…," Brent Kale III, founder of the Civic Lab, tells the paper").
/// </summary>
internal static class QuoteSubject
{
    private const int MaxLeadTokens = 4;
    private const int MaxAppositiveTokens = 40;
    private const int MaxOpenerTokens = 30;
    private const int MaxVerbDistance = 30;

    /// <summary>Words that open a sentence before its subject, set off by a comma: "At the rally, Ortiz …".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "after", "before", "during", "speaking", "asked", "when", "while", "since", "following", "addressing",
        "appearing", "responding", "writing", "earlier", "later", "meanwhile", "last", "over", "throughout", "despite", "like",
        "unlike", "with", "without", "under", "amid", "among", "separately", "instead", "still", "yet", "however", "then",
        "once", "as", "if", "although", "though", "because", "afterward", "afterwards", "again", "also", "just", "shortly", "ever",
        "by", "from", "for", "to", "this", "next", "every", "each", "within", "outside", "inside", "near", "beyond", "between",
    };

    /// <summary>Conjunctions that may open a sentence without a comma: "But Ortiz told …".</summary>
    private static readonly HashSet<string> LeadingConjunctions = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "or", "so", "yet", "still", "now", "then" };

    /// <summary>Lower-case words of a description before a name: "band member Flea", "his friend Omar Saleh".</summary>
    private static readonly HashSet<string> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "their", "member", "friend", "friends", "brother", "sister", "son", "daughter", "wife", "husband", "father",
        "mother", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "colleague", "boss", "party",
        "state", "county", "city", "federal", "district", "campaign", "longtime", "fellow", "local", "retired", "conservative",
        "liberal", "progressive", "radio", "talk", "show", "television", "tv", "news", "fraternity", "team", "band", "another",
    };

    /// <summary>Lower-case words that cannot be the verb of a subject: connectors and function words.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "nor", "but", "who", "whom", "whose", "which", "that", "where", "when", "the", "a", "an", "of", "in", "on",
        "at", "to", "for", "with", "from", "by", "as", "than", "then", "if", "because", "while", "whether", "its", "his", "her",
        "their", "this", "these", "those", "such", "both", "all", "each", "every", "some", "many", "most", "other", "into", "about",
    };

    /// <summary>The subject of the sentence in which a quotation opens after token <paramref name="beforeQuote"/>.</summary>
    public static (Mention? Mention, string? Verb) Opening(string text, List<Token> toks, int beforeQuote)
    {
        if (beforeQuote < 0 || !toks[beforeQuote].IsWord && !toks[beforeQuote].IsPunct(',') && !toks[beforeQuote].IsPunct(':'))
        {
            return (null, null);
        }

        var floor = SentenceStart(toks, beforeQuote);
        if (floor > beforeQuote)
        {
            return (null, null);
        }

        // "… - Jo Park: “…”", "More from Park: “…”": a name standing alone before the colon introduces the quotation.
        if (toks[beforeQuote].IsPunct(':') && Labelled(text, toks, floor, beforeQuote) is { } label)
        {
            return (label, null);
        }

        var s = floor;
        if (LeadingConjunctions.Contains(toks[s].Text) && s + 1 <= beforeQuote && (toks[s + 1].IsCapitalized || toks[s + 1].IsPunct(',') || Openers.Contains(toks[s + 1].Text)))
        {
            s += toks[s + 1].IsPunct(',') ? 2 : 1;
        }

        // "As Park put it, “…”", "Or, as the columnist Jo Park had written, “…”".
        if (s < beforeQuote && toks[s].Lower == "as" && Subject(text, toks, s + 1, beforeQuote) is { } asPut)
        {
            return asPut;
        }

        if (!Openers.Contains(toks[s].Text) && Subject(text, toks, s, beforeQuote) is { } direct)
        {
            return direct;
        }

        // "Speaking to reporters Monday in Concord, which votes next, Ortiz referred to …": the subject after the opener.
        if (!Openers.Contains(toks[s].Text))
        {
            return (null, null);
        }

        for (var c = s + 1; c < beforeQuote && c - s <= MaxOpenerTokens; c++)
        {
            if (toks[c].IsQuoteMark)
            {
                return (null, null);
            }

            if (toks[c].IsPunct(',') && Subject(text, toks, c + 1, beforeQuote) is { } after)
            {
                return after;
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The speaker named right after a quotation whose next token is <paramref name="i"/>, with a reporting verb later in
    /// the sentence: ""…," Brent Kale III, founder of the Civic Lab, tells the paper", ""…" Mara Hill of the Policy Lab
    /// wrote", ""…," his nephew Omar Saleh added".
    /// </summary>
    public static (Mention? Mention, string? Verb) Trailing(string text, List<Token> toks, int i, bool endsSentence = false)
    {
        while (i < toks.Count && (toks[i].IsPunct(',') || toks[i].IsPunct('\'') || toks[i].IsPunct('—') || toks[i].IsPunct('–')))
        {
            i++;
        }

        if (i >= toks.Count || !toks[i].IsWord)
        {
            return (null, null);
        }

        if (IsReporting(toks[i]) && char.IsLower(toks[i].Text[0]))
        {
            return (NameAfterVerb(text, toks, i + 1), toks[i].Lower);
        }

        var phrase = NamePhraseAt(text, toks, i);
        if (phrase is null)
        {
            return (null, null);
        }

        var (mention, end) = phrase.Value;
        if (end < toks.Count && !(toks[end].IsPunct(',') || toks[end].IsPunct('(') || toks[end].Lower is "of" or "who" or "is" or "was" or "has" or "had" || IsReporting(toks[end])))
        {
            return (null, null);
        }

        for (var v = end; v < toks.Count && v - end <= MaxVerbDistance; v++)
        {
            if (toks[v].IsPunct('.') || toks[v].IsPunct('?') || toks[v].IsPunct('!') || toks[v].IsPunct(';') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (IsReporting(toks[v]))
            {
                return endsSentence && TrailingCue.IntroducesNextQuote(toks, v) ? (null, null) : (mention, toks[v].Lower);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// "said Republican party boss Reinhold Pribek, though …", "said another leading court advocate, Andrew J. Pincus of …":
    /// the name after the verb, or after a description set off by a comma.
    /// </summary>
    private static Mention? NameAfterVerb(string text, List<Token> toks, int i)
    {
        if (i >= toks.Count)
        {
            return null;
        }

        if (NamePhraseAt(text, toks, i) is { } phrase && ClosesPhrase(toks, phrase.End))
        {
            return phrase.Mention;
        }

        if (toks[i].Lower is not ("a" or "an" or "another" or "the" or "his" or "her" or "their" or "one"))
        {
            return null;
        }

        for (var c = i + 1; c < toks.Count && c - i <= 10; c++)
        {
            if (!toks[c].IsWord && !toks[c].IsPunct(','))
            {
                return null;
            }

            if (toks[c].IsPunct(','))
            {
                return NamePhraseAt(text, toks, c + 1) is { } named && ClosesPhrase(toks, named.End) ? named.Mention : null;
            }
        }

        return null;
    }

    private static bool ClosesPhrase(List<Token> toks, int end) =>
        end >= toks.Count || toks[end].IsPunct(',') || toks[end].IsPunct('.') || toks[end].IsPunct(';') || toks[end].IsPunct('(') ||
        toks[end].Lower is "of" or "who" or "in" or "on" or "at" or "during" or "after" or "when";

    /// <summary>Verbs of speech acts that the reporting-verb list leaves out because they take no clause.</summary>
    private static readonly HashSet<string> SpeechActs = new(StringComparer.Ordinal)
    {
        "praised", "praises", "criticized", "criticised", "thanked", "thanks", "slammed", "slams", "answered", "answers", "echoed",
        "echoes", "tweeted", "tweets", "posted", "posts", "joked", "jokes", "quipped", "described", "describes", "defended",
        "defends", "reacted", "reacts", "blasted", "blasts", "mocked", "mocks", "lamented", "laments", "boasted", "boasts",
    };

    /// <summary>
    /// A paragraph that is only a quotation belongs to the subject of the paragraph just before when that subject spoke
    /// there: "Valdez praised the governor's record. ¶ “We need someone who gets things done.”".
    /// </summary>
    public static (Mention? Mention, string? Verb) PreviousParagraph(string text, List<Token> prev)
    {
        var last = prev.Count - 1;
        while (last > 0 && !prev[last].IsWord)
        {
            last--;
        }

        if (last <= 0)
        {
            return (null, null);
        }

        var floor = SentenceStart(prev, last);
        var s = floor;
        if (LeadingConjunctions.Contains(prev[s].Text) && s + 1 < last && (prev[s + 1].IsCapitalized || prev[s + 1].IsPunct(',')))
        {
            s += prev[s + 1].IsPunct(',') ? 2 : 1;
        }

        var spoke = false;
        for (var k = s; k <= last && !spoke; k++)
        {
            spoke = prev[k].IsWord && char.IsLower(prev[k].Text[0]) && (Vocabulary.IsReportingVerb(prev[k].Text) || SpeechActs.Contains(prev[k].Text));
        }

        if (!spoke || Subject(text, prev, s, last) is not { } subject || subject.Item1 is not { Kind: MentionKind.Name })
        {
            return (null, null);
        }

        return subject;
    }

    /// <summary>
    /// The token after the closing mark of a quotation that ends shortly before <paramref name="beforeQuote"/> in the same
    /// paragraph, or null: the cue that follows that quotation may belong to the next one too.
    /// </summary>
    public static int? FragmentBefore(List<Token> toks, int beforeQuote)
    {
        for (var k = beforeQuote; k >= 0 && beforeQuote - k <= MaxVerbDistance; k--)
        {
            var t = toks[k];
            if (!t.IsQuoteMark && !t.IsPunct('\''))
            {
                continue;
            }

            if (k == beforeQuote || t.IsPunct('\'') && !(k > 0 && toks[k - 1].IsPunct('\'')))
            {
                return null;
            }

            var closing = t.Text == "”" || MarksUpTo(toks, k, t.Text) % (t.IsPunct('\'') ? 4 : 2) == 0;
            return closing ? k + 1 : null;
        }

        return null;
    }

    private static int MarksUpTo(List<Token> toks, int k, string mark)
    {
        var n = 0;
        for (var j = 0; j <= k; j++)
        {
            n += toks[j].Text == mark ? 1 : 0;
        }

        return n;
    }

    private static Mention? Labelled(string text, List<Token> toks, int floor, int colon)
    {
        for (var p = colon - 1; p >= floor && colon - p <= 6; p--)
        {
            var opens = p == floor || toks[p - 1].IsPunct('-') || toks[p - 1].IsPunct('—') || toks[p - 1].IsPunct('–') || toks[p - 1].Lower == "from";
            if (opens && NamePhraseAt(text, toks, p) is { } phrase && phrase.End == colon)
            {
                return phrase.Mention;
            }
        }

        return null;
    }

    private static bool IsReporting(Token t) =>
        t.IsWord && (Vocabulary.IsReportingVerb(t.Text) || Vocabulary.IsReportingVerb(t.Lower)) && t.Lower is not ("states" or "statement");

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

        // "Dana Reyes, a salesman from Sumter, South Carolina, says …": the appositive may hold commas of its own; it ends
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
