namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "They" speaking inside a relative clause about the thing before it: "Farmers want more storage, which they argue keeps water
/// in the valley", "… blame the board for its refusal — a refusal they say left the farms dry". The group that opens the
/// sentence (or the sentence before) is "they"; the rest of the clause, from the verb after the cue, is its statement.
/// </summary>
internal static class TheyInRelative
{
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "that" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "this", "that" };

    /// <summary>Words after the cue that open no verb phrase of the clause: "which they say in the report …", "… they say they want".</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "that", "the", "a", "an", "in", "on", "at", "of", "to", "for", "with", "about", "by", "from", "as", "is", "it", "he", "she", "they",
        "we", "i", "you", "their", "his", "her", "its", "this", "these", "those", "there", "so", "and", "but", "or", "if", "when", "what",
        "again", "often", "also", "too", "privately", "publicly", "repeatedly",
    };

    /// <summary>
    /// Where "they" stands as the subject of <paramref name="verb"/> inside a relative clause ("which they say", "a decision
    /// they say"), and the last token of the statement; null for any other shape.
    /// </summary>
    public static (int They, int ContentEnd)? Match(List<Token> toks, int first, int verb, int last)
    {
        var they = verb - 1;
        if (they - 2 < first || toks[they].Lower != "they" || verb + 2 > last)
        {
            return null;
        }

        var before = toks[they - 1];
        var relative = Relatives.Contains(before.Text) ||
                       (before.IsWord && char.IsLower(before.Text[0]) && before.Text.Length > 3 && Determiners.Contains(toks[they - 2].Lower) && !UnresolvedSubject.IsClauseWord(before));
        var next = toks[verb + 1];
        if (!relative || !next.IsWord || !char.IsLower(next.Text[0]) || NotVerbs.Contains(next.Lower) || next.Lower.EndsWith("ly", StringComparison.Ordinal) ||
            next.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // The clause ends at the semicolon, dash or bracket that closes it, or at a comma when it opened after one.
        var aside = Relatives.Contains(before.Text) && toks[they - 2].IsPunct(',');
        for (var k = verb + 1; k <= last; k++)
        {
            var t = toks[k];
            if (t.IsPunct(';') || ClauseBoundary.IsDash(t) || t.IsPunct('(') || (aside && t.IsPunct(',')))
            {
                return k - 1 >= verb + 2 ? (they, k - 1) : null;
            }
        }

        return (they, last);
    }
}
