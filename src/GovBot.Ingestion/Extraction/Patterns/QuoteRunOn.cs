namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A quotation whose sentence runs on after its cue: "“It is the cheaper route,” she added, to build the pier on the west
/// bank.", "“Sadly for the town,” he said, that two pumps failed in one week." The words after the cue's comma finish the
/// speaker's sentence, so they are the quotation's speaker's words too.
/// </summary>
internal static class QuoteRunOn
{
    private const int MaxSubjectTokens = 4;

    /// <summary>Words that open the rest of the quoted sentence: an infinitive, a "that" clause, or a verb whose subject the quotation began.</summary>
    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "to", "that", "would", "will", "could", "should", "can", "may", "might", "must", "is", "was", "are", "were", "has", "have", "had",
    };

    /// <summary>
    /// After a closing quotation mark at token <paramref name="first"/>: "(,) he added, to …" with the cue's verb and where the
    /// words that run on start, or null when the tokens are not a short cue (a pronoun or a capitalised name and a speech
    /// verb) between commas followed by such words.
    /// </summary>
    public static (int Verb, int From)? After(List<Token> toks, int first, int last)
    {
        var k = first < toks.Count && toks[first].IsPunct(',') ? first + 1 : first;
        var subject = k;
        while (k <= last && k - subject < MaxSubjectTokens && toks[k].IsWord && (toks[k].IsCapitalized || Vocabulary.Pronouns.Contains(toks[k].Text)) && !SubjectPhrase.IsSpeechVerb(toks[k].Text))
        {
            k++;
        }

        if (k == subject || k + 2 > last || !toks[k].IsWord || char.IsUpper(toks[k].Text[0]) || !SubjectPhrase.IsSpeechVerb(toks[k].Text) || !toks[k + 1].IsPunct(','))
        {
            return null;
        }

        var from = k + 2;
        return Continuations.Contains(toks[from].Text) ? (k, from) : null;
    }
}
