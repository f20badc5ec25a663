namespace GovBot.Ingestion.Extraction;

/// <summary>A speaker named right after a quotation, before or after its reporting verb.</summary>
internal static partial class QuoteSubject
{
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
    /// "said Republican party boss Reinhold Pribek, though …", "said another veteran harbour engineer, Ilse M. Vorn of …":
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
}
