using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Dale King said", "Wally French says", "Ilse May said": a surname that is also a role word, a nationality or a month.
/// Right after a given name it ends the person's name instead of starting a title or describing a people; only the last word of a name qualifies, so
/// "Jordan King Abdullah" keeps its title.
/// </summary>
internal static class WordSurname
{
    /// <summary>Whether <paramref name="k"/> is such a surname: a capitalised role or nationality after a single given name.</summary>
    public static bool At(List<Token> tokens, int k, int floor)
    {
        if (k - 1 < floor || k < 1 || k >= tokens.Count)
        {
            return false;
        }

        var word = tokens[k];
        var given = tokens[k - 1];
        if (!word.IsWord || !word.IsCapitalized || word.Text.Length < 3 || MentionParser.IsPossessive(word) || word.Text.EndsWith('.') ||
            Vocabulary.Honorifics.Contains(word.Text) || Vocabulary.IsReportingVerb(word.Text) ||
            !Vocabulary.IsNameWord(given) || MentionParser.IsPossessive(given) || given.Text.Length < 3)
        {
            return false;
        }

        var titled = k - 2 >= floor && (Vocabulary.Honorifics.Contains(tokens[k - 2].Text) || Vocabulary.IsRole(tokens[k - 2].Text));
        var knownGiven = Lexicons.FirstNameIsFemale.ContainsKey(given.Text);

        // "Rep. Gary Jordan": a country's own name is a surname only after a title or a known given name, never in "Equatorial Guinea".
        if (IsCountry(word.Text))
        {
            return titled || knownGiven;
        }

        if (MonthSurnames.Contains(word.Text))
        {
            // "Ilse May said", "Dana Ruth May, 58, a ferry pilot, said": a month after a given name closes the name only where a
            // name ends, never before a day ("Paris May 5") or a verb of a headline ("Ortiz May Not Run").
            var endsName = k + 1 >= tokens.Count || tokens[k + 1].IsPunct(',') || tokens[k + 1].IsPunct('.') || tokens[k + 1].IsPunct('(') ||
                           (!tokens[k + 1].IsCapitalized && Vocabulary.IsReportingVerb(tokens[k + 1].Text));
            return endsName && (titled || knownGiven || k - 2 < floor || Opens(tokens[k - 2]) || (Vocabulary.IsNameWord(tokens[k - 2]) && !MentionParser.IsPossessive(tokens[k - 2])));
        }

        if (!(Vocabulary.IsRole(word.Text) || IsNationality(word.Text)))
        {
            return false;
        }

        // Otherwise the given name must open the phrase ("…, Dale King said"), so that a place or an organisation before a
        // role ("the Iowa Governor", "Senate Majority Leader") is never read as a person.
        return titled || knownGiven || k - 2 < floor || Opens(tokens[k - 2]);
    }

    /// <summary>Months that are also surnames ("Ilse May", "Jill June"); a month never stands for a name otherwise.</summary>
    private static readonly HashSet<string> MonthSurnames = new(StringComparer.Ordinal) { "May", "June", "April", "August" };

    /// <summary>
    /// "French said he would …", "…, French also said": a bare nationality that is the whole subject of a verb can only be the
    /// surname of a person (a people's adjective never stands alone before a verb; "Americans said" is a plural, left out).
    /// </summary>
    public static bool Alone(List<Token> tokens, int k, int floor) =>
        k >= floor && k < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && !MentionParser.IsPossessive(tokens[k]) &&
        !tokens[k].Text.EndsWith('s') &&
        IsNationality(tokens[k].Text) && (k - 1 < floor || Opens(tokens[k - 1]) || AfterClosingQuote(tokens, k - 1, floor));

    /// <summary>"…to “move to the centre,” French said": a quotation mark closed after a comma or a sentence mark ends the words before the subject.</summary>
    private static bool AfterClosingQuote(List<Token> tokens, int mark, int floor) =>
        mark - 1 >= floor && tokens[mark].IsQuoteMark && tokens[mark].Text != "“" &&
        (tokens[mark - 1].IsPunct(',') || tokens[mark - 1].IsPunct('?') || tokens[mark - 1].IsPunct('!'));

    /// <summary>What may stand right before a name that opens a subject: a comma or a dash, a conjunction, or the verb before it.</summary>
    private static bool Opens(Token before) =>
        (!before.IsWord && !before.IsQuoteMark) || before.Lower is "and" or "but" or "as" or "while" ||
        (Vocabulary.IsReportingVerb(before.Text) && !before.IsCapitalized);

    private static bool IsCountry(string word) =>
        Lexicons.Countries.Normalize(word) is { } country && string.Equals(country, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"French", "Jordanian": a people's adjective, not the country's own name (a country is never a surname here).</summary>
    private static bool IsNationality(string word) =>
        Lexicons.Countries.Normalize(word) is { } country && !string.Equals(country, word, StringComparison.OrdinalIgnoreCase);
}
