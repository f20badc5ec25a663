namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Words that US news sets before a speaker's name as part of one subject phrase, lower case included:
/// "former presidential candidate Herman Voss", "super PAC spokeswoman Dana Ortiz", "state Senate leader Phil Arrowood",
/// "The Daily Ledger's Ed Marlow".
/// </summary>
internal static class SubjectModifiers
{
    private const int MaxModifierTokens = 7;

    /// <summary>Lower-case words that qualify a role or a name without being one.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "former", "longtime", "long-time", "veteran", "fellow", "presidential", "state", "super", "campaign", "committee",
        "party", "county", "city", "federal", "democratic", "republican", "conservative", "liberal", "progressive", "political",
        "retired", "incoming", "outgoing", "current", "late", "freshman", "rival", "top", "senior", "influential", "prominent",
        "embattled", "independent", "evangelical", "congressional", "gubernatorial", "mayoral", "local", "national", "civil",
        "rights", "council", "board", "house", "senate", "district", "school", "union", "labor", "police", "fire", "town",
    };

    /// <summary>Function words and verbs never inside a subject phrase.</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "of", "for", "to", "with", "by", "from", "and", "or", "but", "as", "that", "which", "who", "whom",
        "when", "while", "after", "before", "since", "until", "if", "because", "than", "then", "is", "was", "were", "are", "be",
        "been", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "not",
        "also", "said", "says", "told", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "he",
        "she", "they", "it", "we", "i", "you", "there", "here", "where", "how", "why", "what", "so", "yet", "still", "even",
    };

    /// <summary>Capitalised words that open a sentence without starting its subject.</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "according", "asked", "speaking", "addressing", "responding", "however", "meanwhile", "separately", "additionally",
        "instead", "later", "earlier", "now", "today", "yesterday", "tonight", "well", "yes", "no", "thank", "thanks", "let",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "last", "next", "like", "unlike",
    };

    /// <summary>
    /// Where the subject phrase that ends in the name at <paramref name="nameStart"/> begins, when every word from
    /// <paramref name="floor"/> up to the name qualifies it; otherwise -1.
    /// </summary>
    public static int ExtendsTo(List<Token> tokens, int nameStart, int floor)
    {
        if (nameStart <= floor || nameStart - floor > MaxModifierTokens)
        {
            return -1;
        }

        for (var j = floor; j < nameStart; j++)
        {
            if (!IsModifier(tokens[j], j == floor))
            {
                return -1;
            }
        }

        return floor;
    }

    /// <summary>The first name word of "former Obama adviser Dana Whitfield" read from <paramref name="start"/>, or -1.</summary>
    public static int NameAfterLowerCaseLead(List<Token> tokens, int start, int limit)
    {
        var sawRole = false;
        for (var j = start; j < limit && j - start < MaxModifierTokens; j++)
        {
            var t = tokens[j];
            // The first capitalised word after the lower-case lead starts the name or its title: "retired surgeon Ben Okonkwo".
            if (t.IsCapitalized && j > start)
            {
                return sawRole ? j : -1;
            }

            if (!IsModifier(t, j == start) && !IsDescriptiveNoun(t))
            {
                return -1;
            }

            sawRole |= Vocabulary.IsRole(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text) || Qualifiers.Contains(t.Text);
        }

        return -1;
    }

    /// <summary>A capitalised word after which a subject phrase may begin: not "In", "But", "Monday".</summary>
    public static bool CanOpenSubject(Token t) => !(Stops.Contains(t.Lower) || OpeningWords.Contains(t.Lower) || t.Lower is "the" or "a" or "an");

    /// <summary>A plain lower-case noun of a description, "neurosurgeon", "resident": not a function word, adverb or verb.</summary>
    private static bool IsDescriptiveNoun(Token t) =>
        t.IsWord && !t.IsCapitalized && t.Text.Length >= 3 && !Stops.Contains(t.Text) && !Vocabulary.IsReportingVerb(t.Text) &&
        !t.Text.EndsWith("ly", StringComparison.Ordinal) && !t.Text.EndsWith("ing", StringComparison.Ordinal) && !t.Text.EndsWith("ed", StringComparison.Ordinal) &&
        !t.Text.All(char.IsDigit) && t.Text is not ("nothing" or "something" or "anything" or "everything" or "today" or "yesterday" or "tonight");

    private static bool IsModifier(Token t, bool first)
    {
        if (!t.IsWord)
        {
            return false;
        }

        if (t.IsCapitalized)
        {
            return !first || !(Stops.Contains(t.Lower) || OpeningWords.Contains(t.Lower));
        }

        var lower = t.Text;
        if (lower is "the" or "a" or "an")
        {
            return first;
        }

        if (Stops.Contains(lower) || Vocabulary.IsReportingVerb(lower))
        {
            return false;
        }

        return Qualifiers.Contains(lower) || Vocabulary.TitleModifiers.Contains(lower) || Vocabulary.IsRole(lower) ||
               (lower.Contains('-', StringComparison.Ordinal) && !lower.EndsWith("-old", StringComparison.Ordinal)) || MentionParser.IsPossessive(t);
    }
}
