namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A described group speaking inside a relative clause about the thing before it: "a charity that investigators said was
/// diverting funds", "data that officials said would harm the inquiry", "…, which critics said was unfair". The group says
/// the rest of the clause about its antecedent; the words from the verb after the cue to the clause's end are the statement.
/// </summary>
internal static class GroupInRelative
{
    private const int MaxGroupTokens = 4;

    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "what", "where", "than", "why", "who" };

    /// <summary>
    /// Clause words after which the group's words are a whole clause ("in Calder, where residents say trade has doubled",
    /// "costs less than engineers say the old pier did"), not a verb phrase whose subject is the thing before.
    /// </summary>
    private static readonly HashSet<string> WholeClause = new(StringComparer.OrdinalIgnoreCase) { "where", "than", "why", "what" };

    /// <summary>The verb the statement opens with: the relative's gap is its subject ("… said was unfair").</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "would", "will", "could", "can", "may", "might", "should", "had", "has", "have", "must",
        "wasn’t", "wasn't", "isn’t", "isn't", "would’ve", "would've",
    };

    private static readonly HashSet<string> NewClause = new(StringComparer.OrdinalIgnoreCase) { "but", "while", "yet", "though", "although", "whereas" };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "this", "that", "these", "those",
    };

    /// <summary>Where the group opens (the relative word), the group as written and the statement's last token; null when the clause is no such report.</summary>
    public static (int CueStart, string Group, int ContentEnd)? Match(string text, List<Token> toks, int first, int verb, int last)
    {
        if (verb + 2 > last || !toks[verb + 1].IsWord || char.IsUpper(toks[verb + 1].Text[0]))
        {
            return null;
        }

        var end = SubjectPhrase.AuxiliariesStart(toks, first, verb) - 1;
        var relative = end;
        while (relative > first && end - relative < MaxGroupTokens && !Relatives.Contains(toks[relative].Text))
        {
            relative--;
        }

        if (relative <= first || relative == end || !Relatives.Contains(toks[relative].Text) || char.IsUpper(toks[relative].Text[0]) ||
            !(WholeClause.Contains(toks[relative].Text) || ClauseVerbs.Contains(toks[verb + 1].Text)))
        {
            return null;
        }

        // "what rivals keep saying about the levy": "what" is the object of the verb there, and no clause follows.
        if (toks[relative].Lower == "what" && toks[verb + 1].Lower is "about" or "of" or "to" or "on" or "in" or "for" or "with" or "at" or "by")
        {
            return null;
        }

        // "prosecutors", "government officials", "many analysts": lower-case people, their head plural.
        var words = toks.GetRange(relative + 1, end - relative);
        var head = words[^1];
        // "… that some say target renters", "… that many said was unfair": a quantifier alone stands for people too.
        var quantifier = words.Count == 1 && head.Lower is "some" or "many" or "others" or "most";
        if (!quantifier && (words.Any(w => !w.IsWord || (w.IsCapitalized && w != words[0]) || UnresolvedSubject.IsClauseWord(w) || w.Lower is "the" or "a" or "an") ||
            !head.Lower.EndsWith('s') || !UnresolvedSubject.NamesPeople(head) || char.IsUpper(head.Text[0])))
        {
            return null;
        }

        // The statement ends with its clause: at the semicolon, dash or bracket that closes it, else with the sentence; a clause
        // opened after a comma closes at the next one ("The changes, which officials said will start in May, will …").
        var aside = toks[relative - 1].IsPunct(',');
        var close = -1;
        for (var k = verb + 1; k <= last && close < 0; k++)
        {
            var t = toks[k];
            // "…, but the port still …", "…, and the board …": a comma before a new clause closes it too.
            var clauseAfter = t.IsPunct(',') && k + 1 <= last && (NewClause.Contains(toks[k + 1].Text) ||
                                                                   (toks[k + 1].Lower == "and" && k + 2 <= last && ClauseSubjects.Contains(toks[k + 2].Text)));
            close = t.IsPunct(';') || t.IsPunct('—') || t.IsPunct('–') || t.IsPunct('(') || (aside && t.IsPunct(',')) || clauseAfter ? k : -1;
        }

        var contentEnd = close > verb + 1 ? close - 1 : last;
        return contentEnd - verb >= 2 ? (relative, text[words[0].Start..head.End], contentEnd) : null;
    }
}
