namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "A spokesman for the union defended the route, saying …", "One employee at the ferry company declined to comment,
/// saying …": a participle after a comma shares the subject of the sentence's first verb, and when that subject is a
/// description of people rather than a name, the description is the speaker as written.
/// </summary>
internal static class DescribedOpening
{
    private const int MaxSubjectTokens = 12;

    /// <summary>Past tenses without "-ed" that open a sentence's first clause ("went further", "took to the stage").</summary>
    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "went", "took", "made", "gave", "got", "came", "spoke", "ran", "hit", "struck", "broke", "stood", "held", "sent", "put", "led",
        "began", "kept", "left", "won", "lost", "sought", "fought", "threw", "drew", "met", "brought", "shot", "set", "hung",
    };

    /// <summary>"Two", "Several": a count that opens a group ("Two former trustees rejected …") and that no person is named.</summary>
    public static bool IsCount(string subject) => Counts.Contains(subject);

    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "most", "few", "both", "other",
    };

    /// <summary>The tokens after <paramref name="first"/> and before <paramref name="limit"/> that may be the first clause's finite verb.</summary>
    public static IEnumerable<int> FiniteVerbs(List<Token> toks, int first, int limit)
    {
        for (var k = first + 1; k < limit && k - first <= MaxSubjectTokens; k++)
        {
            var t = toks[k];
            if (t.IsPunct(',') || t.IsPunct(';') || t.IsQuoteMark)
            {
                yield break;
            }

            if (t.IsWord && char.IsLower(t.Text[0]) &&
                (Irregular.Contains(t.Text) || (t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Text.Length > 4) ||
                 t.Lower is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would"))
            {
                yield return k;
            }
        }
    }
}
