namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "The towns of Wexmoor and Tallbridge said …", "the cities of Orvale, Danthorpe and Kell said …": a group of named
/// places speaks as a body; the speaker is the group as written.
/// </summary>
internal static class PlaceGroupSubject
{
    private const int MaxTokens = 14;

    /// <summary>Plural nouns for places or their governments that a list of names after "of" makes a body.</summary>
    private static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "towns", "cities", "villages", "municipalities", "counties", "provinces", "regions", "states", "countries",
        "governments", "districts", "boroughs", "cantons", "islands", "ports",
    };

    /// <summary>The group of places that ends at <paramref name="end"/> and opens the clause at <paramref name="first"/> or after a comma; null otherwise.</summary>
    public static BodySubject.Voice? Before(string text, List<Token> toks, int first, int end)
    {
        if (end - first < 5)
        {
            return null;
        }

        var of = end - 1;
        var names = 0;
        var and = false;
        while (of > first && end - of < MaxTokens && toks[of].Lower != "of")
        {
            var t = toks[of];
            if (t.Lower == "and")
            {
                and = true;
            }
            else if (t.IsWord && t.IsCapitalized && !Vocabulary.Pronouns.Contains(t.Text))
            {
                names++;
            }
            else if (!t.IsPunct(','))
            {
                return null;
            }

            of--;
        }

        // "Of" must be followed by a name and the list must close with "and" before its last name.
        if (toks[of].Lower != "of" || !and || names < 2 || !toks[of + 1].IsCapitalized || !toks[end - 1].IsCapitalized)
        {
            return null;
        }

        var noun = of - 1;
        if (noun < first || !Groups.Contains(toks[noun].Text))
        {
            return null;
        }

        var start = noun - 1 >= first && toks[noun - 1].Lower == "the" ? noun - 1 : noun;
        var opens = start == first || toks[start - 1].IsPunct(',') || BodySubject.Openers.Contains(toks[start - 1].Text);
        return opens ? new BodySubject.Voice(text[toks[noun].Start..toks[end - 1].End], start) : null;
    }
}
