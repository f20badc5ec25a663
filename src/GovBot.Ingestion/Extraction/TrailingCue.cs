namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The speaker named after a quotation when no listed reporting verb sits right after it: in that slot any verb
/// reports the words ("…," Kessler notes. / "…," Marlow tweeted Friday. / "…," writes Ed Marlow.), and a quotation
/// continued by a few words of the writer's own still ends in its cue ("…" for the win, Ortiz said.).
/// </summary>
internal static class TrailingCue
{
    private const int MaxSubjectTokens = 8;
    private const int MaxInterveningTokens = 30;

    /// <summary>Words after a cue's verb that end the cue rather than open a clause: "said on Twitter", "added Friday".</summary>
    private static readonly HashSet<string> TailWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "as", "after", "before", "while", "when", "via", "from", "over", "back", "later", "earlier",
        "recently", "again", "afterward", "afterwards", "then", "too", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tonight", "last", "this", "of", "with", "by", "to", "onstage", "flatly",
    };

    private static readonly HashSet<string> IrregularVerbs = new(StringComparer.Ordinal)
    {
        "wrote", "went", "put", "spoke", "sang", "began", "shot", "fired", "quipped", "joked", "mused", "chimed", "wondered",
    };

    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "does", "this", "his", "its", "as", "us", "plus", "thus", "yes", "news", "times", "years", "days",
        "percent", "process", "campus", "status", "bonus", "focus", "less", "unless", "across", "various", "serious",
        "need", "used", "based", "led", "red", "bed", "indeed", "speed", "seed", "feed",
    };

    /// <summary>The speaker and verb after a quotation whose next token is <paramref name="i"/>, or (null, null).</summary>
    public static (Mention? Mention, string? Verb) Find(string text, List<Token> toks, int i)
    {
        if (AtStart(text, toks, i, anyVerb: true) is { Mention: not null } direct)
        {
            return direct;
        }

        // "…" for the victory, Ortiz said. — a few words of the writer's own, then the cue closing the sentence.
        for (var k = i; k < toks.Count && k - i < MaxInterveningTokens; k++)
        {
            if (toks[k].IsPunct('.') || toks[k].IsPunct('?') || toks[k].IsPunct('!') || toks[k].IsPunct(';') || toks[k].IsQuoteMark)
            {
                break;
            }

            if (toks[k].IsPunct(',') && k + 1 < toks.Count && AtStart(text, toks, k + 1, anyVerb: false) is { Mention: not null } later)
            {
                return later;
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Whether what follows a reporting verb closes its cue ("said on Twitter.", "said Friday,") instead of opening a clause
    /// of reported speech ("said the plan …", "said on Friday that …").
    /// </summary>
    public static bool ClosesCue(List<Token> toks, int verb)
    {
        var next = verb + 1;
        if (next >= toks.Count || toks[next].IsPunct('.') || toks[next].IsPunct(',') || toks[next].IsPunct(':') || toks[next].IsPunct(';'))
        {
            return true;
        }

        if (!TailWords.Contains(toks[next].Text))
        {
            return false;
        }

        // A clause after the time or place words ("said on Friday that …", "said in a statement the plan …") is reported speech.
        for (var k = next; k < toks.Count && k - next < 8; k++)
        {
            if (toks[k].Lower is "that" || toks[k].IsQuoteMark)
            {
                return false;
            }

            if (toks[k].IsPunct('.') || toks[k].IsPunct(','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the cue at <paramref name="verb"/> opens the next quotation rather than closing the one before it:
    /// "“…we are refugees.” Mr. Zahed said: “…”", "“…for long.” He added, “…”".
    /// </summary>
    public static bool IntroducesNextQuote(List<Token> toks, int verb)
    {
        var k = verb + 1;
        while (k < toks.Count && k - verb <= 6 && toks[k].IsWord && (TailWords.Contains(toks[k].Text) || char.IsLower(toks[k].Text[0])))
        {
            k++;
        }

        if (k >= toks.Count)
        {
            return false;
        }

        if (toks[k].IsPunct(':'))
        {
            return true;
        }

        return toks[k].IsPunct(',') && k + 1 < toks.Count && (toks[k + 1].IsQuoteMark || toks[k + 1].IsPunct('\''));
    }

    private static (Mention? Mention, string? Verb) AtStart(string text, List<Token> toks, int i, bool anyVerb)
    {
        if (i >= toks.Count)
        {
            return (null, null);
        }

        // "…," writes Ed Marlow. / "…" in the last primary, said Ed Marlow. — verb first, then a name that ends the sentence.
        var verbFirst = anyVerb ? IsVerbLike(toks[i]) : Vocabulary.IsReportingVerb(toks[i].Text) && char.IsLower(toks[i].Text[0]);
        if (verbFirst && MentionParser.After(text, toks, i + 1, toks.Count) is { Kind: MentionKind.Name } named &&
            EndsSentenceAfter(toks, named.End))
        {
            return (named with { Anchored = true }, toks[i].Lower);
        }

        for (var v = i + 1; v < toks.Count && v - i <= MaxSubjectTokens; v++)
        {
            if (toks[v].IsPunct('.') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (!(anyVerb ? IsVerbLike(toks[v]) : Vocabulary.IsReportingVerb(toks[v].Text) && char.IsLower(toks[v].Text[0])) || !ClosesCue(toks, v))
            {
                continue;
            }

            var m = MentionParser.Before(text, toks, v, i);
            if (m is not null && (m.Start == toks[i].Start || m.PhraseStart == toks[i].Start) && m.Kind != MentionKind.Description)
            {
                return (m with { Anchored = true }, toks[v].Lower);
            }

            break;
        }

        return (null, null);
    }

    private static bool EndsSentenceAfter(List<Token> toks, int end)
    {
        var next = TokenIndex.AtOrAfter(toks, end);
        return next < 0 || toks[next].IsPunct('.') || toks[next].IsPunct(',') || toks[next].IsPunct(';');
    }

    private static bool IsVerbLike(Token t)
    {
        if (!t.IsWord || !char.IsLower(t.Text[0]) || NotVerbs.Contains(t.Text))
        {
            return false;
        }

        if (Vocabulary.IsReportingVerb(t.Text) || IrregularVerbs.Contains(t.Text))
        {
            return true;
        }

        var w = t.Text;
        return w.Length > 3 && !w.Contains('-', StringComparison.Ordinal) &&
               (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)));
    }
}
