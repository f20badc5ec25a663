namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Some fishermen took to Twitter to say …", "Ortiz took to the airwaves to argue …": going to a medium to speak reports the
/// words as said; the sentence's subject speaks.
/// </summary>
internal static class TookToSay
{
    private const int MaxMediumTokens = 3;

    private static readonly HashSet<string> Take = new(StringComparer.OrdinalIgnoreCase) { "took", "take", "takes", "taken", "taking", "went", "go", "goes", "gone" };

    /// <summary>Whether the speech verb at <paramref name="verb"/> follows "took to MEDIUM to".</summary>
    public static bool Applies(List<Token> toks, int first, int verb)
    {
        if (verb - 4 <= first || toks[verb - 1].Lower != "to" || !SubjectPhrase.IsSpeechVerb(toks[verb].Text))
        {
            return false;
        }

        // "to Twitter", "to the airwaves", "to social media", "to the Senate floor": a short phrase after "took to".
        for (var to = verb - 3; to >= verb - 2 - MaxMediumTokens && to - 1 > first; to--)
        {
            if (toks[to].Lower == "to" && Take.Contains(toks[to - 1].Text) && !toks[to - 1].IsCapitalized)
            {
                return toks.GetRange(to + 1, verb - 2 - to).All(t => t.IsWord && !UnresolvedSubject.IsClauseWord(t));
            }
        }

        return false;
    }
}
