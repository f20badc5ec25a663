namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A phrase of time or place that opens a sentence before its subject: "At a rally in Dayton on Thursday, Brennan …",
/// "Last week, Ortiz …". The subject after it is still the sentence's subject.
/// </summary>
internal static class OpeningPhrase
{
    private const int MaxTokens = 16;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "on", "during", "after", "before", "last", "this", "earlier", "later", "over", "since", "throughout", "from", "speaking",
    };

    /// <summary>Whether the tokens from <paramref name="first"/> up to the comma right before <paramref name="subject"/> are such a phrase.</summary>
    public static bool Before(List<Token> toks, int first, int subject)
    {
        if (subject - first < 3 || subject - first > MaxTokens || !toks[subject - 1].IsPunct(',') || !Openers.Contains(toks[first].Text))
        {
            return false;
        }

        for (var k = first; k < subject - 1; k++)
        {
            var t = toks[k];
            if (t.IsQuoteMark || (t.IsWord && char.IsLower(t.Text[0]) && (Vocabulary.IsReportingVerb(t.Text) || Vocabulary.Pronouns.Contains(t.Text))))
            {
                return false;
            }
        }

        return true;
    }
}
