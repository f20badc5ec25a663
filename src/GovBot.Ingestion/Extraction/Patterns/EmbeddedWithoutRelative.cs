namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A cue inside a relative clause written without its relative word: "the patience he insists is required to mend the
/// timetable", "the vote he said was rigged". The noun before the subject is what the clause is about; an auxiliary right after
/// the cue shows the gap its subject leaves, so the rest of the clause is the subject's words.
/// </summary>
internal static class EmbeddedWithoutRelative
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they" };

    private static readonly HashSet<string> GapAuxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "would", "will", "could", "can", "should", "might",
    };

    /// <summary>Words before the subject that are no noun the clause could be about.</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "yet", "because", "when", "while", "if", "as", "that", "than", "then", "now", "also", "ago", "later",
        "earlier", "still", "even", "before", "after", "since", "until", "though", "although", "where", "why", "how", "what", "which",
    };

    /// <summary>Whether the pronoun subject at <paramref name="subject"/> of the verb at <paramref name="verb"/> opens such a clause.</summary>
    public static bool Applies(List<Token> toks, int first, int subject, int verb, int last)
    {
        if (subject - 1 <= first || verb != subject + 1 || verb + 2 > last || !Pronouns.Contains(toks[subject].Lower) ||
            !GapAuxiliaries.Contains(toks[verb + 1].Lower) || !toks[verb + 2].IsWord)
        {
            return false;
        }

        var noun = toks[subject - 1];
        return noun.IsWord && char.IsLower(noun.Text[0]) && noun.Text.Length > 2 && !NotNouns.Contains(noun.Lower) &&
               !noun.Lower.EndsWith("ly", StringComparison.Ordinal) && !Vocabulary.IsReportingVerb(noun.Text) &&
               !noun.Lower.EndsWith("ed", StringComparison.Ordinal) && !Vocabulary.Pronouns.Contains(noun.Text);
    }
}
