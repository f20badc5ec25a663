namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Speech reported in a relative clause: "Benning, who said he rarely votes, said …", "residents who say
/// the levy is unfair", "voters who said the economy mattered most". The speaker is the clause's antecedent.
/// </summary>
internal static class RelativeClause
{
    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "who", "who’ve", "who've", "who’d", "who'd" };

    /// <summary>The index of the "who" that opens the clause of the verb at <paramref name="verb"/>, or -1.</summary>
    public static int Pronoun(List<Token> toks, int first, int verb)
    {
        var r = SubjectPhrase.AuxiliariesStart(toks, first, verb);
        return r - 1 > first && Relatives.Contains(toks[r - 1].Text) ? r - 1 : -1;
    }

    /// <summary>Where the clause's content ends: before the comma that closes a clause opened after a comma, else at <paramref name="last"/>.</summary>
    public static int End(List<Token> toks, int who, int verb, int last)
    {
        if (!toks[who - 1].IsPunct(','))
        {
            return last;
        }

        var close = toks.FindIndex(verb + 1, Math.Max(0, last - verb), t => t.IsPunct(',') || t.IsPunct(';'));
        return close > 0 ? close - 1 : last;
    }

    /// <summary>A group the clause describes, "voters who said …": its head noun and up to two words before it, or null.</summary>
    public static string? GroupBefore(string text, List<Token> toks, int first, int who)
    {
        var head = who - 1;
        if (head < first || !toks[head].IsWord || !SubjectPhrase.IsDocumentOrGroup(toks[head].Text))
        {
            return null;
        }

        var start = head;
        while (start - 1 >= first && head - start < 2 && toks[start - 1].IsWord &&
               toks[start - 1].Lower is not ("the" or "a" or "an" or "of" or "in" or "and" or "or" or "to" or "for" or "among" or "with" or "by") &&
               // "The delay pleased residents who say …": a verb before the group is not part of it.
               !(char.IsLower(toks[start - 1].Text[0]) && (toks[start - 1].Lower.EndsWith("ed", StringComparison.Ordinal) || toks[start - 1].Lower.EndsWith("ing", StringComparison.Ordinal) ||
                                                          Vocabulary.IsReportingVerb(toks[start - 1].Text))))
        {
            start--;
        }

        return text[toks[start].Start..toks[head].End];
    }
}
