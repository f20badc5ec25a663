namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Pronoun subjects the name rules do not read: a pronoun fused with its auxiliary ("He's said he …", "She’s long argued
/// that …") and "it" standing for a body that has just spoken ("The Zentrix Group said … It said the figures …").
/// </summary>
internal static class PronounSubject
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "so", "still", "yet", "now", "also", "instead" };

    private static readonly Dictionary<string, bool> Contractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he's"] = false, ["he’s"] = false, ["she's"] = true, ["she’s"] = true,
    };

    /// <summary>"He's said …": the pronoun as a mention for the attributor, or null when the verb has no such subject.</summary>
    public static Mention? Contracted(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s < first || !Contractions.TryGetValue(toks[s].Text, out var female) || !OpensClause(toks, first, s))
        {
            return null;
        }

        // Only the pronoun itself is the mention: "He's" is "He" plus "has".
        var pronoun = toks[s].Text[..(female ? 3 : 2)];
        return new Mention(MentionKind.Pronoun, pronoun, toks[s].Start, toks[s].Start + pronoun.Length, Female: female) { PhraseStart = toks[s].Start };
    }

    /// <summary>
    /// Where the "it" that is the subject of <paramref name="verb"/> stands, or -1: at the start of the sentence, after an
    /// opener, or after the comma of a trailing "…, it said."
    /// </summary>
    public static int It(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        return s >= first && toks[s].Lower == "it" && (OpensClause(toks, first, s) || toks[s - 1].IsPunct(',')) ? s : -1;
    }

    private static bool OpensClause(List<Token> toks, int first, int s) =>
        s == first || (s - 1 == first && Openers.Contains(toks[first].Text)) || ClauseOpeners.Precede(toks, first, s) ||
        (s - 1 >= first && toks[s - 1].IsPunct('('));

    private static readonly HashSet<string> Coordinators = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "yet", "though", "although", "while" };

    /// <summary>
    /// "Beck said the race was close, but he said the state could swing": a second cue of the same sentence whose pronoun
    /// opens a clause after a comma and a conjunction; the pronoun and where the cue starts (at the comma), or null.
    /// </summary>
    public static (Mention Pronoun, int CueStart)? Coordinated(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s - 2 < first || !Vocabulary.Pronouns.Contains(toks[s].Text) || !Coordinators.Contains(toks[s - 1].Text) ||
            !(toks[s - 2].IsPunct(',') || toks[s - 2].IsPunct(';')))
        {
            return null;
        }

        var t = toks[s];
        return (new Mention(MentionKind.Pronoun, t.Text, t.Start, t.End, Female: t.Lower == "she"), s - 2);
    }
}
