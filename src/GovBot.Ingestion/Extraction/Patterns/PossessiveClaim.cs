namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A claim named by its owner: "Brask's long-running claims that Ortiz is unqualified", "Ortiz's continued insistence that
/// she was a visitor". The owner said the clause after "that", whatever the sentence then does with it; a few lower-case
/// words may describe the claim between the owner and the noun, which the verb reading of "claim" cannot pass.
/// </summary>
internal static class PossessiveClaim
{
    private const int MaxModifiers = 2;

    /// <summary>Nouns that stand for words someone said, never for a thing.</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "claim", "claims", "assertion", "assertions", "insistence", "contention",
    };

    /// <summary>
    /// The token after the owner's possessive when the noun at <paramref name="noun"/> opens "that" and a clause; -1 when it
    /// does not, or when no possessive stands within a few modifiers before it.
    /// </summary>
    public static int OwnerEnd(List<Token> toks, int first, int noun, int last)
    {
        if (noun + 2 > last || !Nouns.Contains(toks[noun].Lower) || !char.IsLower(toks[noun].Text[0]) || toks[noun + 1].Lower != "that" ||
            !(toks[noun + 2].IsWord || toks[noun + 2].IsQuoteMark))
        {
            return -1;
        }

        var k = noun - 1;
        for (var modifiers = 0; k > first && modifiers < MaxModifiers && IsModifier(toks[k]); modifiers++)
        {
            k--;
        }

        return k >= first && MentionParser.IsPossessive(toks[k]) && toks[k].IsCapitalized ? k + 1 : -1;
    }

    /// <summary>"false", "earlier", "by-now-familiar": a lower-case word that is no possessive and no clause word.</summary>
    private static bool IsModifier(Token t) =>
        t.IsWord && char.IsLower(t.Text[0]) && !MentionParser.IsPossessive(t) && !Vocabulary.Connectors.Contains(t.Text) &&
        t.Lower is not ("that" or "the" or "a" or "an" or "his" or "her" or "their" or "its");
}
