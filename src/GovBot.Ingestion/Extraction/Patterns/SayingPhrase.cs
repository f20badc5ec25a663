namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A speech verb that hangs on another verb without a comma and shares its subject: "Ortiz responded by saying …",
/// "the campaign issued a statement saying …", "sent an email Wednesday saying …", "She went on to say that …".
/// </summary>
internal static class SayingPhrase
{
    /// <summary>Things that carry words: "a statement saying", "an email warning".</summary>
    private static readonly HashSet<string> Carriers = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "email", "e-mail", "letter", "tweet", "message", "post", "release", "video", "memo", "note", "op-ed", "text",
        "response", "reply",
    };

    /// <summary>Whether the speech verb at <paramref name="verb"/> continues the clause before it in one of these ways.</summary>
    public static bool Continues(List<Token> toks, int first, int verb)
    {
        var lower = toks[verb].Lower;
        var k = verb - 1;
        if (k <= first)
        {
            return false;
        }

        if (lower == "say")
        {
            // "went on to say", "goes on to say".
            return k - 2 > first && toks[k].Lower == "to" && toks[k - 1].Lower == "on" && toks[k - 2].Lower is "went" or "goes" or "go" or "going";
        }

        if (!ReportedClause.Participles.Contains(lower))
        {
            return false;
        }

        if (Vocabulary.Days.Contains(toks[k].Text) && k - 1 > first)
        {
            k--;
        }

        if ((VerbAdverbials.IsMannerAdverb(toks[k]) || toks[k].Lower is "first" or "also" or "simply" or "just" or "only") && k - 1 > first && toks[k - 1].Lower == "by")
        {
            // "responded by first saying", "began by essentially telling".
            k--;
        }

        // "responded by saying", "responded first by saying".
        return toks[k].Lower == "by" || Carriers.Contains(toks[k].Text) && k - 1 > first && toks[k - 1].IsWord && char.IsLower(toks[k - 1].Text[0]);
    }
}
