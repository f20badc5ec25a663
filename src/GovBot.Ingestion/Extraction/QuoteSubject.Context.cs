namespace GovBot.Ingestion.Extraction;

/// <summary>Speakers found outside the quotation's sentence: the paragraph before, an earlier quotation's cue, a label before a colon.</summary>
internal static partial class QuoteSubject
{
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
}
