namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A reporting verb before its subject at the end of reported words: "But that is not good enough, said Carl Benning, an
/// analyst at a bank." and "…, say some party elders, who …". The content is everything before the cue.
/// </summary>
internal static class InvertedCue
{
    private const int MaxGroupTokens = 4;

    /// <summary>Whether the verb at <paramref name="verb"/> stands after a comma that ends reported words of their own.</summary>
    public static bool Applies(List<Token> toks, int first, int verb, int last) =>
        verb - 1 > first + 3 && verb + 1 <= last && toks[verb - 1].IsPunct(',') && SubjectPhrase.IsSpeechVerb(toks[verb].Text) &&
        !toks[verb - 2].IsQuoteMark;

    /// <summary>
    /// Whether the subject after the verb, ending at character <paramref name="end"/>, ends the clause: a comma, a stop or
    /// the sentence's end follows ("…, said Carl Benning."), not a verb ("…, said the government needed …" reports a clause).
    /// </summary>
    public static bool EndsClause(List<Token> toks, int end, int last)
    {
        var next = TokenIndex.AtOrAfter(toks, end);
        return next < 0 || next > last || toks[next].IsPunct(',') || toks[next].IsPunct('.') || toks[next].IsPunct('(') || toks[next].IsPunct(';');
    }

    /// <summary>A group after the verb, up to a comma or the end: "some party elders", "state officials"; null when none.</summary>
    public static string? GroupAfter(string text, List<Token> toks, int verb, int last)
    {
        var end = verb + 1;
        while (end <= last && end - verb <= MaxGroupTokens && toks[end].IsWord)
        {
            end++;
        }

        var close = end > last || toks[end].IsPunct(',') || toks[end].IsPunct('.');
        var words = toks.GetRange(verb + 1, end - verb - 1);
        if (!close || words.Count == 0 || !SubjectPhrase.IsDocumentOrGroup(words[^1].Text) ||
            words.Any(w => w.Lower is "to" or "that" || char.IsLower(w.Text[0]) && (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("ing", StringComparison.Ordinal))))
        {
            return null;
        }

        var start = words[0].Lower is "the" or "a" or "an" && words.Count > 1 ? 1 : 0;
        return text[words[start].Start..words[^1].End];
    }
}
