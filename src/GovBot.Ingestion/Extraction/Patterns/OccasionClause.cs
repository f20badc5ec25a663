namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Vorn wrote in two emails she was proud …", "Vorn said in his experience it rarely works …": a short occasion after the
/// verb, then a clause whose subject is a pronoun and whose verb is finite, with no "that" between them.
/// </summary>
internal static class OccasionClause
{
    private const int MaxOccasionWords = 5;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "there" };

    /// <summary>Finite verbs that show the pronoun opens a clause ("he was", "it takes"), not an object's relative ("a statement it issued").</summary>
    private static readonly HashSet<string> Finite = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "would", "will", "could", "can", "should", "might", "may", "must", "did", "does", "do", "’s", "'s",
    };

    /// <summary>
    /// The pronoun that opens the clause after the occasion that starts at <paramref name="preposition"/>, or -1. "said of the
    /// meeting he had with …" and "a letter they have sent" are relatives: "of" and "had"/"have" are left out.
    /// </summary>
    public static int PronounAfter(List<Token> toks, int preposition, int last)
    {
        if (toks[preposition].Lower == "of")
        {
            return -1;
        }

        for (var j = preposition + 1; j < last && j - preposition <= MaxOccasionWords; j++)
        {
            var t = toks[j];
            if (!t.IsWord || t.Lower is "that" or "who" or "which" or "where" or "when")
            {
                return -1;
            }

            if (j > preposition + 1 && Pronouns.Contains(t.Lower) && (char.IsLower(t.Text[0]) || t.Text == "I"))
            {
                var next = toks[j + 1];
                var finite = Finite.Contains(next.Lower) ||
                             (next.IsWord && char.IsLower(next.Text[0]) && next.Text.Length > 3 && next.Text.EndsWith('s') && !next.Text.EndsWith("ss", StringComparison.Ordinal));
                return finite ? j : -1;
            }
        }

        return -1;
    }
}
