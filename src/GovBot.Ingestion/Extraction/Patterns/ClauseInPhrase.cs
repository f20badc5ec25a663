namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A subject phrase that is really a clause: "The chairwoman huddled briefly with aides (announced …)", "The survey showed a
/// majority of voters (say …)". A past tense followed by an adverb or an article is a finite verb; a speaker written
/// that way would be a whole clause.
/// </summary>
internal static class ClauseInPhrase
{
    /// <summary>Whether a word between <paramref name="start"/> and <paramref name="end"/> is a past tense before an article or an adverb in -ly.</summary>
    public static bool HasFiniteVerb(List<Token> toks, int start, int end) => FiniteVerbAt(toks, start, end) >= 0;

    /// <summary>Where the first such past tense stands, or -1.</summary>
    public static int FiniteVerbAt(List<Token> toks, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var t = toks[k];
            if (t.Lower is "who" or "that" or "which" or "whose" or "whom")
            {
                // "Democrats who watched the debate": the verbs of a relative clause are its own.
                return -1;
            }

            var next = toks[k + 1];
            if (t.IsWord && !t.IsCapitalized && t.Text.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal) && !UnresolvedSubject.NamesPeople(t) &&
                (next.Lower is "a" or "an" or "the" || (next.IsWord && !next.IsCapitalized && next.Lower.EndsWith("ly", StringComparison.Ordinal))))
            {
                return k;
            }
        }

        return -1;
    }
}
