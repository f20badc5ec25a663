namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Words before a named subject that describe the person rather than start another clause: "Dutch journalist and author
/// Mara Lind said …", "the mayor’s spokesman Ed Marsh said …", "At a rally, the party’s longtime treasurer Ed Marsh said …",
/// "Council members Ed Marsh and Mara Lind say …". They hold a word for what the person is, run from the clause's start (the sentence's, or past a comma or
/// a conjunction) to the name, and hold no verb, preposition or pronoun.
/// </summary>
internal static class SubjectPremodifiers
{
    private const int MaxWords = 8;

    /// <summary>Lower-case words that cannot describe a person before the name: verbs, prepositions, pronouns, relatives.</summary>
    private static readonly HashSet<string> NotModifiers = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "should", "must", "do", "does", "did", "not", "no", "in", "on", "at", "with", "by", "from", "to", "into", "after", "before",
        "during", "over", "under", "about", "against", "for", "as", "than", "like", "when", "while", "if", "because", "since",
        "that", "which", "who", "whom", "whose", "what", "where", "why", "how", "he", "she", "it", "they", "we", "i", "you", "him",
        "her", "them", "us", "me", "his", "its", "their", "our", "my", "your", "this", "these", "those", "there", "here", "then",
        "but", "or", "nor", "so", "yet", "also", "even", "only", "just", "the", "a", "an", "told", "asked", "called", "named", "met", "saw", "said",
    };

    /// <summary>Auxiliaries that show the clause after the verb lacks its own subject: "the plan Ortiz said would fail".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must", "be", "been",
    };

    /// <summary>"Repairs the treasurer said would cost millions": words after a speech verb that open with an auxiliary have their subject before the cue.</summary>
    public static bool LacksOwnSubject(Token first) => Auxiliaries.Contains(first.Lower);

    /// <summary>
    /// Whether every word between the clause's start and <paramref name="subjectStart"/> describes the subject (a person: the
    /// words or the name's own title, <paramref name="titled"/>, say what they are), and the verb at <paramref name="verb"/> is
    /// followed by a clause with a subject of its own.
    /// </summary>
    public static bool Precede(List<Token> toks, int first, int subjectStart, int verb, bool titled) =>
        !(verb + 1 < toks.Count && LacksOwnSubject(toks[verb + 1])) && Precede(toks, first, subjectStart, titled);

    private static bool Precede(List<Token> toks, int first, int subjectStart, bool titled)
    {
        var start = RunStart(toks, first, subjectStart, titled);
        if (start < 0)
        {
            return false;
        }

        var k = start - 1;
        return k < first || toks[k].IsPunct(',') || toks[k].IsPunct(';') || toks[k].IsPunct(':') || toks[k].IsPunct('—') ||
               toks[k].IsPunct('–') || toks[k].Lower is "and" or "but" or "while" or "although" or "though" or "because" or "when";
    }

    /// <summary>
    /// Where the words describing the person before <paramref name="subjectStart"/> start, with their determiner ("the
    /// board's treasurer Edmar Kolt"), or -1 when the words before the name are not such a description.
    /// </summary>
    public static int RunStart(List<Token> toks, int first, int subjectStart, bool titled)
    {
        var k = subjectStart - 1;
        var words = 0;
        var role = titled;
        while (k >= first && IsModifier(toks, k))
        {
            role |= IsPersonWord(toks[k].Text);
            k--;
            words++;
        }

        role |= subjectStart < toks.Count && IsPersonWord(toks[subjectStart].Text);

        // A person is described by what they are ("author", "spokesman", "Sen."); "mobile carrier Hoshi Mobile" is a company.
        if (words == 0 || words > MaxWords || !role)
        {
            return -1;
        }

        // A determiner opens the description: "the party's treasurer Ed Marsh", "a former aide Ed Marsh".
        if (k >= first && toks[k].Lower is "the" or "a" or "an")
        {
            k--;
        }

        return k + 1;
    }

    /// <summary>A role, also in the plural ("members", "hopefuls"), or an honorific.</summary>
    private static bool IsPersonWord(string word) =>
        Vocabulary.IsRole(word) || Vocabulary.Honorifics.Contains(word) || (word.Length > 3 && word.EndsWith('s') && Vocabulary.IsRole(word[..^1]));

    private static bool IsModifier(List<Token> toks, int k)
    {
        var t = toks[k];
        if (t.Text is "'" or "’")
        {
            // "Sanders' spokesman": the apostrophe of a plural possessive.
            return k > 0 && toks[k - 1].IsWord && toks[k - 1].End == t.Start && toks[k - 1].Text.EndsWith('s');
        }

        if (!t.IsWord)
        {
            return false;
        }

        if (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]))
        {
            // "Republican", "Vatican", "the mayor's", "17-year-old", "Sen.".
            return !Vocabulary.NonNameCapitals.Contains(t.Text) || Vocabulary.IsRole(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text);
        }

        var lower = t.Lower;
        if (NotModifiers.Contains(lower) || Vocabulary.IsReportingVerb(t.Text))
        {
            return false;
        }

        if (lower is "and" or "of")
        {
            // "journalist and author", "Secretary of State": only between two describing words.
            return k - 1 >= 0 && k + 1 < toks.Count && toks[k - 1].IsWord && toks[k + 1].IsWord && !NotModifiers.Contains(toks[k - 1].Lower);
        }

        if (Vocabulary.IsRole(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text))
        {
            return true;
        }

        // Adjectives and nouns, not verbs or adverbs: "longtime", "presidential", "hopefuls"; not "backed", "running", "openly".
        return !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ing", StringComparison.Ordinal) &&
               !lower.EndsWith("ly", StringComparison.Ordinal);
    }
}
