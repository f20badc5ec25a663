namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Quoted words inside reported speech: <c>Alvarez urged the agency to "stop dragging its feet"</c>, <c>Ortiz said that
/// there is "only one strong conservative" left</c>. The quote's speaker is the subject of the reporting verb earlier
/// in the same sentence.
/// </summary>
internal static class PartialQuotes
{
    private const int MaxDistance = 40;

    /// <summary>The speaker and cue of a quote that opens mid-sentence after <paramref name="beforeQuote"/>, or nothing.</summary>
    public static (Mention?, string?) CueEarlierInSentence(string text, List<Token> toks, int beforeQuote)
    {
        var floor = SentenceStart(toks, beforeQuote);
        for (var v = beforeQuote; v > floor && beforeQuote - v < MaxDistance; v--)
        {
            if (toks[v].IsQuoteMark)
            {
                // An earlier quotation in the sentence has its own attribution.
                return (null, null);
            }

            if (!Vocabulary.IsReportingVerb(toks[v].Text) || !char.IsLower(toks[v].Text[0]))
            {
                continue;
            }

            if (MentionParser.Before(text, toks, v, floor) is { } mention && TokenIndex.AtOrAfter(toks, mention.PhraseStart) is var subject &&
                (subject <= floor + 1 || toks[subject - 1].IsPunct(',')))
            {
                return (mention, toks[v].Lower);
            }
        }

        return (null, null);
    }

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
