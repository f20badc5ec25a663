namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Quoted words inside reported speech: <c>Alvarez urged the agency to "stop dragging its feet"</c>, <c>Ortiz said that
/// the board has "only one honest member" left</c>. The quote's speaker is the subject of the reporting verb earlier
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

    /// <summary>
    /// A comma just before token <paramref name="v"/>, also when American style sets it inside a closing quotation mark:
    /// <c>Ortiz said the plan is "a disaster," adding that …</c> continues the reported speech as much as a bare comma.
    /// </summary>
    public static bool AfterComma(List<Token> toks, int v) =>
        v >= 1 && (toks[v - 1].IsPunct(',') || (v >= 2 && toks[v - 1].IsQuoteMark && toks[v - 2].IsPunct(',')));

    /// <summary>
    /// A quotation that opens a reported clause and closes before it ends: <c>Sotelo said that "a wise judge" can bring …</c>.
    /// The clause is reported speech with quoted words in it, not a quotation introduced by its cue.
    /// </summary>
    public static bool OpensClause(List<Token> toks, int mark, int last)
    {
        if (!toks[mark].IsQuoteMark || toks[mark].Text == "”")
        {
            return false;
        }

        var close = mark + 1;
        while (close <= last && !toks[close].IsQuoteMark)
        {
            close++;
        }

        var after = 0;
        for (var j = close + 1; j <= last && after < 2; j++)
        {
            after += toks[j].IsWord ? 1 : 0;
        }

        return close <= last && close - mark > 1 && toks[close - 1].IsWord && after >= 2;
    }

    /// <summary>
    /// A speech verb set after reported words that end in a short quotation: <c>The plan is "a raw deal," said Carl Benning,
    /// an analyst.</c> The words before the cue, quotation included, are the content; a quotation that opens the sentence
    /// is direct speech with a cue of its own.
    /// </summary>
    public static bool InvertedAfterQuote(List<Token> toks, int first, int verb, int last)
    {
        if (verb - 3 <= first + 2 || verb + 1 > last || !toks[verb - 1].IsQuoteMark || !toks[verb - 2].IsPunct(',') ||
            !Patterns.SubjectPhrase.IsSpeechVerb(toks[verb].Text))
        {
            return false;
        }

        var open = verb - 3;
        while (open > first && !toks[open].IsQuoteMark)
        {
            open--;
        }

        // "But “it will not be ribbons,” said Vale", "They “had real trust,” said Brody": one word before the mark is enough
        // for the quotation to continue a sentence that the cue reports as a whole.
        return (open > first + 1 || (open == first + 1 && toks[first].IsWord)) && toks[open].IsQuoteMark;
    }

    /// <summary>
    /// <c>The plan needs "a full budget," Ortiz said, adding that …</c>: reported words that end in a quoted fragment, and a
    /// participle of the speaker's after the cue that ends the reporting clause as the sentence's end would; or only the
    /// occasion of the cue follows it (<c>…, Ortiz said during a phone call to the Herald.</c>).
    /// </summary>
    public static bool FragmentBeforeCue(List<Token> toks, int first, int subject, int verb, int last) =>
        subject - 2 > first && toks[subject - 1].IsQuoteMark && toks[subject - 2].IsPunct(',') &&
        ((verb + 3 <= last && toks[verb + 1].IsPunct(',') && ReportedClause.Participles.Contains(toks[verb + 2].Text) && EndsReportedWords(toks, first, subject - 1)) ||
         (OnlyOccasionAfter(toks, verb, last) && ContinuesSentence(toks, first, subject - 1)));

    /// <summary>
    /// Whether the cue's verb at <paramref name="verb"/> ends the sentence, or only says when, where or to whom the words were
    /// said: <c>…, Ortiz said during a phone call to the Herald.</c>
    /// </summary>
    public static bool OnlyOccasionAfter(List<Token> toks, int verb, int last) =>
        ReportedClause.IsClauseEnd(toks, verb + 1, last) || ReportedClause.IsAdverbialTail(toks, verb + 1, last) || Patterns.CueTail.Closes(toks, verb + 1, last);

    /// <summary>
    /// <c>The levy, set every spring, "pays for the pumps," said …</c>: a quotation closed at <paramref name="close"/> that
    /// goes on with the words before it (it opens in lower case), so the sentence as a whole is the speaker's.
    /// </summary>
    public static bool ContinuesSentence(List<Token> toks, int first, int close)
    {
        var open = close - 1;
        while (open > first && !toks[open].IsQuoteMark)
        {
            open--;
        }

        return open > first && open + 1 < close && toks[open + 1].IsWord && char.IsLower(toks[open + 1].Text[0]) && EndsReportedWords(toks, first, close);
    }

    /// <summary>
    /// Whether the quotation closed by the mark at <paramref name="close"/> is a fragment inside reported words: at least
    /// <see cref="MinWordsBeforeFragment"/> words of the sentence stand before its opening mark.
    /// </summary>
    public static bool EndsReportedWords(List<Token> toks, int first, int close)
    {
        var open = close - 1;
        while (open > first && !toks[open].IsQuoteMark)
        {
            open--;
        }

        var words = 0;
        for (var j = first; j < open; j++)
        {
            words += toks[j].IsWord ? 1 : 0;
        }

        return open > first && words >= MinWordsBeforeFragment;
    }

    private const int MinWordsBeforeFragment = 3;

    /// <summary>
    /// The end of a reported clause, moved past <c>,"</c> when the clause opened a quotation that only that comma and mark
    /// close (<c>Dunmore represents "Ohio values," adding …</c>), so the statement does not show a quotation left open.
    /// </summary>
    public static int CloseOpenQuote(string text, int start, int end, int limit)
    {
        var opens = 0;
        for (var i = start; i < end; i++)
        {
            opens += text[i] switch { '“' => 1, '”' => -1, '"' => opens > 0 ? -1 : 1, _ => 0 };
        }

        return opens > 0 && end + 1 < limit && text[end] == ',' && text[end + 1] is '"' or '”' ? end + 2 : end;
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
