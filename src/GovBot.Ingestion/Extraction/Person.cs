namespace GovBot.Ingestion.Extraction;

/// <summary>A person the document names, with what it says about their role.</summary>
internal sealed class Person(string name, int firstPosition)
{
    public string Name { get; set; } = name;
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? Country { get; set; }
    public bool? Female { get; set; }
    public int FirstPosition { get; set; } = firstPosition;
    public int LastPosition { get; set; } = firstPosition;
    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string[] Tokens => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Describe(string? title, string? organization, string? country, bool? female)
    {
        // A phrase that holds another person's name or a clause is not this person's title; a later mention may give the real one.
        title = TitleSanity.Clean(title, Name);
        // The fullest description wins: a longer title usually carries the office where a shorter one has only the rank.
        if (title is not null && (Title is null || (title.Length > Title.Length && (organization is not null || HasAllWordsOf(title, Title))) || (Organization is null && organization is not null)))
        {
            Title = title;
        }

        // A later, longer form of the same organisation ("… of Communications, Information Technology and Mass Media") replaces a cut one.
        if (organization is not null && (Organization is null || (organization.Length > Organization.Length && organization.StartsWith(Organization, StringComparison.OrdinalIgnoreCase))))
        {
            Organization = organization;
        }

        Country ??= country;
        Female ??= female;
    }

    /// <summary>
    /// A longer title with every word of the shorter one is the fuller form of the same office, "acting National Cyber
    /// Director" for a speaker's slip "Cyber National Director".
    /// </summary>
    private static bool HasAllWordsOf(string longer, string shorter)
    {
        var words = longer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w.ToLowerInvariant()));
    }
}
