namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "In the free-port zone, island grocers also say trade is slow.": a short phrase of place or time opens the sentence
/// before a described subject, and the clause after the verb is what they say, however short. Read as a trailing cue
/// ("…, traders say.") the statement would be the opening phrase, which says nothing.
/// </summary>
internal static class PlaceOpening
{
    private const int MinPhraseTokens = 2;
    private const int MaxPhraseTokens = 10;
    private const int MinClauseWords = 3;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "across", "throughout", "during", "inside", "outside", "near", "along", "among", "around",
    };

    /// <summary>
    /// Whether the words from <paramref name="first"/> to the comma at <paramref name="comma"/> are such an opening phrase
    /// and a clause of at least three words follows the verb at <paramref name="verb"/>.
    /// </summary>
    public static bool BeforeClause(List<Token> toks, int first, int comma, int verb, int last)
    {
        if (comma - first is < MinPhraseTokens or > MaxPhraseTokens || !Prepositions.Contains(toks[first].Text) ||
            TokenCounts.Words(toks, verb + 1, last) < MinClauseWords || CueTail.Closes(toks, verb + 1, last))
        {
            return false;
        }

        for (var j = first + 1; j < comma; j++)
        {
            // A verb in the opening words makes them a clause that may well be the content ("In short, the fee is fair, critics say").
            if (!(toks[j].IsWord || toks[j].IsPunct('-') || toks[j].IsPunct('.')) || UnresolvedSubject.IsClauseWord(toks[j]) || toks[j].Lower == "short")
            {
                return false;
            }
        }

        return ReportedClause.ContentAfterVerb(toks, verb, last) > 0;
    }
}
