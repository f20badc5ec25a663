namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A cue set between commas right after a quoted fragment, inside one reported sentence that goes on after it: <c>Crews
/// who read “the rumour boards,” he said, end up in a quarrel “cut off from the timetable.”</c> The sentence as a whole is the
/// speaker's; the fragment alone is not the statement.
/// </summary>
internal static class QuotedAside
{
    /// <summary>
    /// Whether the cue whose subject starts at <paramref name="subject"/> and whose verb is <paramref name="verb"/> follows
    /// a fragment (a quotation that opens in lower case after words of the same sentence, closed with a comma) and is
    /// followed by a comma and the lower-case rest of the sentence.
    /// </summary>
    public static bool Applies(List<Token> toks, int first, int subject, int verb, int last) =>
        subject - 2 > first && toks[subject - 1].IsQuoteMark && toks[subject - 2].IsPunct(',') &&
        verb + 3 <= last && toks[verb + 1].IsPunct(',') && toks[verb + 2].IsWord && char.IsLower(toks[verb + 2].Text[0]) &&
        !ReportedClause.Participles.Contains(toks[verb + 2].Text) && toks[verb + 2].Lower is not ("and" or "but" or "or" or "who" or "which" or "as") &&
        PartialQuotes.ContinuesSentence(toks, first, subject - 1);
}
