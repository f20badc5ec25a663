namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Some fishermen took to Twitter to say …", "Ortiz took to the airwaves to argue …": going to a medium to speak reports the
/// words as said; the sentence's subject speaks.
/// </summary>
internal static class TookToSay
{
    private const int MaxMediumTokens = 3;

    private static readonly HashSet<string> Take = new(StringComparer.OrdinalIgnoreCase) { "took", "take", "takes", "taken", "taking", "went", "go", "goes", "gone" };

    private const int MaxOccasionTokens = 6;

    /// <summary>
    /// Acts that bring a speaker before an audience or a medium: "Ortiz tweeted on Friday to say …", "a voter stood at the
    /// rally to say …". What they were done to say was said; verbs of wanting or planning ("wants to say") are not here.
    /// </summary>
    private static readonly HashSet<string> Appear = new(StringComparer.OrdinalIgnoreCase)
    {
        "tweeted", "posted", "wrote", "emailed", "texted", "phoned", "called", "stood", "rose", "appeared", "returned", "stepped",
    };

    /// <summary>Words that start a clause of their own inside the occasion, whose "to" belongs to another verb.</summary>
    private static readonly HashSet<string> OpensClause = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "but", "or", "not", "to", "was", "were", "is", "are",
    };

    /// <summary>Whether the speech verb at <paramref name="verb"/> follows "took to MEDIUM to" or an act of appearing and a short occasion.</summary>
    public static bool Applies(List<Token> toks, int first, int verb)
    {
        if (verb - 4 <= first || toks[verb - 1].Lower != "to" || !SubjectPhrase.IsSpeechVerb(toks[verb].Text))
        {
            return false;
        }

        // "tweeted on Friday to say", "stood at a town meeting here to say": the words between the act and "to" are its occasion.
        for (var act = verb - 2; act >= verb - 2 - MaxOccasionTokens && act > first; act--)
        {
            if (act + 1 < verb - 1 && (!toks[act + 1].IsWord || OpensClause.Contains(toks[act + 1].Text) || Vocabulary.IsReportingVerb(toks[act + 1].Text)))
            {
                break;
            }

            if (Appear.Contains(toks[act].Text) && !toks[act].IsCapitalized)
            {
                return true;
            }
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
