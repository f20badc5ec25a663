using System.Collections.Concurrent;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>Word classes the attribution rules test tokens against.</summary>
internal static class Vocabulary
{
    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Sir", "Dame", "Madam", "Mr", "Ms", "Mrs", "Dr", "Honourable", "Honorable", "Hon.",
        // "His Highness Sheikh …", "Her Excellency …", "His Majesty King …": styles of address, never part of a name.
        "Highness", "Excellency", "Majesty",
    };

    /// <summary>"His Excellency", "Her Majesty", "Their Highnesses": a possessive that opens a style of address.</summary>
    public static bool OpensStyleOfAddress(List<Token> toks, int i) =>
        i + 1 < toks.Count && toks[i].Text is "His" or "Her" or "Their" &&
        toks[i + 1].Text is "Excellency" or "Highness" or "Majesty" or "Excellencies" or "Highnesses" or "Majesties";

    public static readonly HashSet<string> FemaleHonorifics = new(StringComparer.OrdinalIgnoreCase) { "Ms.", "Mrs.", "Ms", "Mrs", "Madam", "Dame" };

    /// <summary>Days a statement is dated by: "Ortiz on Tuesday said", "sent an email Wednesday saying".</summary>
    public static readonly HashSet<string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    };

    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "&", "the" };

    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "van", "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "di", "du", "dos", "ibn", "ter", "abu", "ben",
    };

    /// <summary>Modifiers that belong to a title rather than to an organisation ("Foreign Minister", "Deputy Director").</summary>
    public static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "prime", "deputy", "vice", "senior", "chief", "principal", "assistant", "acting", "special", "permanent",
        "executive", "general", "national", "press", "defence", "defense", "interior", "finance", "justice", "home",
        "state", "digital", "cyber", "security", "first", "former", "top", "lead", "associate", "junior", "white", "house",
    };

    public static readonly HashSet<string> NonNameCapitals = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "This", "That", "These", "Those", "It", "He", "She", "We",
        "They", "I", "His", "Her", "Our", "Their", "Its", "If", "As", "So", "For", "From", "With", "By", "To", "Of",
        "After", "Before", "During", "While", "When", "Speaking", "According", "However", "Meanwhile", "Also", "Yet",
        "Then", "Even", "Still", "Instead", "Indeed", "Later", "Earlier",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "Internet", "Cyber", "Government", "Ministry", "Minister", "President", "Q", "God",
        "Thank", "Thanks", "Yes", "No", "Well", "Okay", "OK", "Let", "Now", "Today", "Here", "There", "What", "Why", "How",
        "Who", "Which", "Where", "Every", "All", "Some", "Many", "Most", "Both", "Each", "Not", "Our", "My", "Your",
        "Europe", "Africa", "Asia", "Americas", "Oceania", "Antarctica", "Arctic", "Pacific", "Atlantic", "Caribbean", "Balkans",
        "Middle", "East", "West", "North", "South", "Western", "Eastern", "Northern", "Southern", "Global", "Internet", "Web",
        "Affairs", "Relations", "Security", "Defence", "Defense", "Technology", "Technologies", "Communications", "Information",
        "Policy", "Development", "Economy", "Justice", "Trade", "Commerce", "Energy", "Health", "Education", "Finance", "Culture",
        "Digital", "Science", "Innovation", "Media", "Infrastructure", "Cooperation", "Operations", "Intelligence", "Services",
        "Emergency", "Response", "Governance", "Strategy", "Programme", "Program", "Initiative", "Network", "Networks", "Data",
        "Protection", "Supervision", "Cybersecurity", "Cyberspace", "Issues", "Matters", "Telecommunications", "Homeland",
        "Asked", "Speaking", "Addressing", "Responding", "Separately", "Additionally", "Still", "Instead", "Later", "Earlier",
        "Jr", "Jr.", "Sr", "Sr.", "Highness", "Excellency", "Majesty", "Although", "Though", "Whereas", "Because", "Since", "Unless",
        "Until", "Once", "Whether", "Despite", "Just", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Indeed",
        "Similarly", "Besides", "Therefore", "Thus", "Hence",
    };

    /// <summary>Portfolio words that belong to a title ("Health Minister", "Security Minister"), not to an organisation.</summary>
    public static readonly HashSet<string> SectorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "affairs", "health", "security", "defence", "defense", "justice", "finance", "trade", "commerce", "energy", "education",
        "interior", "culture", "digital", "science", "innovation", "technology", "communications", "information", "economy",
        "development", "infrastructure", "intelligence", "telecommunications", "homeland", "cyber", "cybersecurity", "media", "transport",
    };

    public static bool IsRole(string word)
    {
        if (word.Length > 1 && word[^1] == '.' && Lexicons.TitleAbbreviations.Contains(word[..^1]))
        {
            return true;
        }

        var w = word.TrimEnd('.').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        return Lexicons.Roles.Contains(w) || Lexicons.NewsRoles.Contains(w) ||
               (w.Contains('-', StringComparison.Ordinal) && w.Split('-').Any(x => Lexicons.Roles.Contains(x) || Lexicons.NewsRoles.Contains(x)));
    }

    public static bool IsOrgHead(string word) => Lexicons.OrganizationHeads.Contains(word);

    public static bool IsAcronym(string word) =>
        word.Length >= 2 && word.Count(char.IsUpper) >= 2 && word.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c));

    public static bool IsReportingVerb(string word) => Lexicons.ReportingVerbs.ContainsKey(word);

    /// <summary>A surname joined to its particle, "al-Mansouri", "el-Sisi", "bin-Zayed": a name word though it starts in lower case.</summary>
    private static bool HasParticlePrefix(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and < 4 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && Particles.Contains(word[..dash]);
    }

    /// <summary>A run of particles starting at <paramref name="i"/> that a name word follows: "van der" in "Anouk van der Meulen".</summary>
    public static bool StartsParticleRun(IReadOnlyList<Token> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count && j - i < 3 && Particles.Contains(tokens[j].Text))
        {
            j++;
        }

        return j > i && j < tokens.Count && IsNameWord(tokens[j]);
    }

    /// <summary>A run of particles ending at <paramref name="i"/> that a name word precedes.</summary>
    public static bool EndsParticleRun(IReadOnlyList<Token> tokens, int i)
    {
        var j = i;
        while (j >= 0 && i - j < 3 && Particles.Contains(tokens[j].Text))
        {
            j--;
        }

        return j < i && j >= 0 && IsNameWord(tokens[j]);
    }

    /// <summary>A capitalised word that could be part of a person's name.</summary>
    public static bool IsNameWord(Token t)
    {
        if (!t.IsWord || !(t.IsCapitalized || HasParticlePrefix(t.Text)))
        {
            return false;
        }

        // Every paragraph asks about the same capitalised words many times over and the answer depends on the word
        // alone, so one lookup replaces half a dozen lexicon tests; the cap keeps a long-running bot's memory bounded.
        if (NameWords.TryGetValue(t.Text, out var known))
        {
            return known;
        }

        var isName = IsNameWordText(t.Text);
        if (Volatile.Read(ref rememberedNameWords) < MaxRememberedNameWords && NameWords.TryAdd(t.Text, isName))
        {
            Interlocked.Increment(ref rememberedNameWords);
        }

        return isName;
    }

    private const int MaxRememberedNameWords = 100_000;
    private static readonly ConcurrentDictionary<string, bool> NameWords = new(StringComparer.Ordinal);
    private static int rememberedNameWords;

    private static bool IsNameWordText(string text)
    {
        if (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal))
        {
            // "Neuberger's visit": a possessive name is still a name; countries' and institutions' possessives are not.
            text = text[..^2];
        }

        if (NonNameCapitals.Contains(text) || Honorifics.Contains(text) || IsRole(text) || IsOrgHead(text) ||
            TitleModifiers.Contains(text) || IsReportingVerb(text))
        {
            return false;
        }

        if (IsAcronym(text) && !(text.Length == 2 && text[1] == '.'))
        {
            return false;
        }

        return Lexicons.Countries.Normalize(text) is null || text is "Jordan" or "Georgia" or "Chad";
    }
}
