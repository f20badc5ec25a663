namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A named subject set apart from its verb by a long aside the appositive rules do not step over: dashes ("Mara Lind —
/// a nurse at the county hospital — says …"), an appositive with its own relative clause ("Ed Marsh, a clerk at the port
/// authority, which lost its director in May, said …"), a participle with a clause of its own ("Ortiz, later claiming that
/// …, said …"). The name opens the sentence and the aside closes right before the verb.
/// </summary>
internal static class LongAside
{
    private const int MaxAsideTokens = 45;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "now", "meanwhile", "however", "yet", "instead", "separately", "also", "then",
    };

    /// <summary>The named subject before the aside that ends at <paramref name="verb"/>, or null.</summary>
    public static Mention? Subject(string text, List<Token> toks, int first, int verb)
    {
        var close = SubjectPhrase.AuxiliariesStart(toks, first, verb) - 1;
        if (close <= first || !ClosesAside(toks, close) || close - first > MaxAsideTokens + 8)
        {
            return null;
        }

        var start = first;
        while (start < close && (Openers.Contains(toks[start].Text) || toks[start].IsPunct(',') || IsOpeningAdverb(toks, start)))
        {
            start++;
        }

        // "In an interview at her hotel, Mia Holm - a former pilot - told …": a short opening phrase stands before a name set off
        // by dashes that close right before the verb; "In May, Ortiz — … — was “furious,” said an aide" is the aide's verb.
        return FromStart(text, toks, start, close) ??
               (PhraseOpeners.Contains(toks[start].Text) && IsDash(toks, close) && MentionSubject.AfterOpeningPhrase(toks, start, close) is var after && after < close
                   ? FromStart(text, toks, after, close)
                   : null);
    }

    /// <summary>Words that open a phrase of place, time or manner before the subject and its comma.</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal)
    {
        "In", "At", "On", "After", "During", "Before", "From", "Reached", "Speaking", "Interviewed", "Writing",
    };

    private static Mention? FromStart(string text, List<Token> toks, int start, int close)
    {
        // The first aside mark after the opening name; the name must fill the words before it.
        for (var k = start + 1; k < close && k - start <= 8; k++)
        {
            if (!IsAsideMark(toks, k))
            {
                continue;
            }

            if (k < close - 1 && !toks.Skip(k + 1).Take(close - k - 1).Where((t, i) => !IsAbbreviationDot(toks, k + 1 + i)).Any(t => t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('.')) &&
                NameBefore(text, toks, k, start) is { } m)
            {
                return m;
            }

            return Appositive(text, toks, start, close);
        }

        return Appositive(text, toks, start, close);
    }

    /// <summary>The name filling the words from <paramref name="start"/> to <paramref name="end"/>; "Rep. Tomas Colewell of Oklahoma" names the person, not the place.</summary>
    private static Mention? NameBefore(string text, List<Token> toks, int end, int start)
    {
        var m = MentionParser.Before(text, toks, end, start) ?? Asides.NameBeforeSuffix(text, toks, end, start);
        if (m is not { Kind: MentionKind.Name } || TokenIndex.AtOrAfter(toks, m.PhraseStart) != start)
        {
            return null;
        }

        // The mention rules may read "Rep. Tomas Colewell of" as the title of "Oklahoma": the person is the name before "of".
        var name = TokenIndex.AtOrAfter(toks, m.Start);
        return name - 1 > start && toks[name - 1].Lower == "of" && MentionParser.Before(text, toks, name - 1, start) is { Kind: MentionKind.Name } person &&
               TokenIndex.AtOrAfter(toks, person.PhraseStart) == start
            ? person
            : m;
    }

    /// <summary>
    /// "One of the report's authors, Arvid Fleck, said …", "A third delegate, Ed Marsh, said …": a name set off by commas
    /// right before the verb, after a description that opens the sentence.
    /// </summary>
    private static Mention? Appositive(string text, List<Token> toks, int start, int close)
    {
        if (!toks[close].IsPunct(','))
        {
            return null;
        }

        var open = close - 1;
        while (open > start && close - open <= MaxAppositiveTokens && !toks[open].IsPunct(','))
        {
            open--;
        }

        if (open <= start || !toks[open].IsPunct(',') || open - start > MaxDescriptionTokens ||
            toks.Skip(start).Take(open - start).Any(t => !t.IsWord && !t.IsPunct('-') && !t.IsPunct('’') && !t.IsPunct('\'') || Vocabulary.IsReportingVerb(t.Text)))
        {
            return null;
        }

        return (MentionParser.Before(text, toks, close, open + 1) ?? Asides.NameBeforeSuffix(text, toks, close, open + 1)) is { Kind: MentionKind.Name } m &&
               TokenIndex.AtOrAfter(toks, m.PhraseStart) == open + 1 ? m : null;
    }

    private const int MaxAppositiveTokens = 6;
    private const int MaxDescriptionTokens = 12;

    /// <summary>"Similarly, …", "Notably, …": an adverb and its comma before the subject.</summary>
    private static bool IsOpeningAdverb(List<Token> toks, int k) =>
        k + 1 < toks.Count && toks[k + 1].IsPunct(',') && toks[k].IsWord && toks[k].Text.Length > 4 && toks[k].Text.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The dot of "Ala." or "Ft." when the tokenizer leaves it apart: an abbreviation inside the aside, not a stop.</summary>
    private static bool IsAbbreviationDot(List<Token> toks, int j) =>
        toks[j].IsPunct('.') && j > 0 && toks[j - 1].End == toks[j].Start && toks[j - 1].IsCapitalized && toks[j - 1].Text.Length <= 4 &&
        j + 1 < toks.Count && (toks[j + 1].IsPunct(',') || toks[j + 1].IsWord);

    /// <summary>The mark that closes the aside before the verb: a comma, a dash, a bracket, or a quotation closed after its comma (",”").</summary>
    private static bool ClosesAside(List<Token> toks, int close) =>
        IsAsideMark(toks, close) || (toks[close].IsQuoteMark && close > 0 && toks[close - 1].IsPunct(','));

    private static bool IsAsideMark(List<Token> toks, int k) =>
        toks[k] is var t && (t.IsPunct(',') || t.IsPunct('—') || t.IsPunct('–') || t.IsPunct(')') || t.IsPunct('(') || IsSpacedHyphen(toks, k));

    private static bool IsDash(List<Token> toks, int k) => toks[k].IsPunct('—') || toks[k].IsPunct('–') || IsSpacedHyphen(toks, k);

    /// <summary>"Dana Ortiz - a former pilot - said …": a hyphen with a space on each side is a dash, as plain-text news writes one.</summary>
    private static bool IsSpacedHyphen(List<Token> toks, int k) =>
        toks[k].IsPunct('-') && k > 0 && k + 1 < toks.Count && toks[k - 1].End < toks[k].Start && toks[k].End < toks[k + 1].Start;
}
