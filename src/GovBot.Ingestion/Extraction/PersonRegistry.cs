using GovBot.Core.Text;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The people of one document. Partial mentions resolve to full names: a one-word mention matches either end of a
/// full name, because Chinese and Korean names put the family name first ("Long" → Long Zhou, "Putin" → Vladimir Putin).
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<Person> people = [];

    // Full names the text mentions without yet showing them speak ("Lyle Brandt" in a list of candidates): a later bare
    // "Brandt said" is that person, not an unknown word.
    private readonly List<(string Name, int Position, string? Title, string? Organization, string? Country)> mentioned = [];

    // Words the text uses alone for something else before a person with that word in their name appears ("Twitter" before
    // the account "Dana Twitter"): such a word alone is never that person.
    private readonly HashSet<string> notSurnames = new(StringComparer.Ordinal);

    public IReadOnlyList<Person> People => people;

    /// <summary>Every full name the text gives, of speakers and of people only mentioned, with where it first appears and any title.</summary>
    public IEnumerable<(string Name, int Position, string? Title)> Named =>
        people.Select(p => (p.Name, p.FirstPosition, p.Title)).Concat(mentioned.Select(m => (m.Name, m.Position, m.Title)));

    /// <summary>Keeps the one-word <paramref name="word"/> from resolving to a longer name that holds it.</summary>
    public void NotASurname(string word) => notSurnames.Add(NameKey.For(Clean(word)));

    public Person Register(string name, int position, string? title = null, string? organization = null, string? country = null, bool? female = null)
    {
        name = Clean(name);
        var person = Find(name, position, registering: true);
        if (person is null && FullNameMentioned(name) is { } full)
        {
            // "Prime Minister Lee" after "… of the Republic of Singapore Lee Hsien Loong": the one full name the text gave.
            name = full.Name;
            position = Math.Min(position, full.Position);
            country ??= full.Country;
            organization ??= full.Organization;
            person = Find(name, position, registering: true);
        }

        if (person is null)
        {
            person = new Person(name, position);
            people.Add(person);
        }
        else if (name.Split(' ').Length > person.Tokens.Length)
        {
            person.Aliases.Add(person.Name);
            person.Name = name;
        }
        else if (!string.Equals(name, person.Name, StringComparison.Ordinal))
        {
            person.Aliases.Add(name);
        }

        if (person.Female is null && person.Tokens.Length >= 2)
        {
            // Family name first ("Ishikawa Noriko", "Mori Takashi"): a known given name may also stand last.
            var names = GovBot.Ingestion.Lexicon.Lexicons.FirstNameIsFemale;
            person.Female = names.TryGetValue(person.Tokens[0], out var isFemale) ? isFemale
                : names.TryGetValue(person.Tokens[^1], out var lastIsFemale) ? lastIsFemale
                : GuessFromEnding(person.Tokens[0]);
        }

        person.FirstPosition = Math.Min(person.FirstPosition, position);
        person.LastPosition = Math.Max(person.LastPosition, position);
        person.Describe(title, organization, country, female);
        return person;
    }

    /// <summary>
    /// Given names not in the list: many European and Latin given names ending in -a, -ine, -ette or -elle are women's;
    /// anything else stays unknown rather than guessed.
    /// </summary>
    private static bool? GuessFromEnding(string given)
    {
        if (given.Length < 3 || !char.IsUpper(given[0]) || given.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var lower = given.ToLowerInvariant();
        return lower.EndsWith('a') || lower.EndsWith("ine", StringComparison.Ordinal) || lower.EndsWith("ette", StringComparison.Ordinal) ||
               lower.EndsWith("elle", StringComparison.Ordinal) ? true : null;
    }

    public Person? Find(string name, int position, bool registering = false)
    {
        var key = NameKey.For(Clean(name));
        if (key.Length == 0)
        {
            return null;
        }

        var exact = people.FirstOrDefault(p => NameKey.For(p.Name) == key || p.Aliases.Any(a => NameKey.For(a) == key));
        if (exact is not null)
        {
            return exact;
        }

        var tokens = key.Split('-');
        if (tokens.Length == 1 && notSurnames.Contains(key))
        {
            return null;
        }

        var candidates = people.Where(p => Matches(NameKey.Tokens(p.Name), tokens)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Prefer the person mentioned most recently before this point; otherwise the next one introduced.
        return candidates.Where(p => p.FirstPosition <= position).OrderByDescending(p => p.LastPosition).FirstOrDefault()
               ?? (registering ? candidates[0] : candidates.OrderBy(p => p.FirstPosition).First());
    }

    /// <summary>The person whose name or alias is exactly <paramref name="name"/>, not one whose longer name holds it.</summary>
    public Person? FindExact(string name)
    {
        var key = NameKey.For(Clean(name));
        return key.Length == 0 ? null : people.FirstOrDefault(p => NameKey.For(p.Name) == key || p.Aliases.Any(a => NameKey.For(a) == key));
    }

    /// <summary>The only full name, among those the text mentioned, that a one-word name is part of.</summary>
    private (string Name, int Position, string? Country, string? Organization)? FullNameMentioned(string word)
    {
        var key = NameKey.Tokens(word);
        if (key.Length != 1 || notSurnames.Contains(key[0]))
        {
            return null;
        }

        var matches = mentioned.Where(m => Matches(NameKey.Tokens(m.Name), key)).ToList();
        return matches.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? (matches[0].Name, matches.Min(m => m.Position), matches[0].Country, matches[0].Organization) : null;
    }

    public void Mentioned(string name, int position, string? title, string? organization, string? country) =>
        mentioned.Add((Clean(name), position, title, organization, country));

    /// <summary>
    /// Registers the full name a one-word mention stands for when the text named that person earlier without showing them
    /// speak (the closest such mention before, else the first after), and returns it; null when the text names nobody so.
    /// </summary>
    public Person? RegisterMentioned(string word, int position)
    {
        var key = NameKey.Tokens(Clean(word));
        if (key.Length != 1 || notSurnames.Contains(key[0]))
        {
            return null;
        }

        var candidates = mentioned.Where(m => Matches(NameKey.Tokens(m.Name), key)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var chosen = candidates.Where(m => m.Position <= position).OrderByDescending(m => m.Position).Cast<(string Name, int Position, string? Title, string? Organization, string? Country)?>().FirstOrDefault()
                     ?? candidates.OrderBy(m => m.Position).First();
        return Register(chosen.Name, chosen.Position, chosen.Title, chosen.Organization, chosen.Country);
    }

    /// <summary>
    /// Registers the person named most recently before <paramref name="position"/> among those the text mentioned without
    /// showing them speak, when their gender does not contradict the pronoun; the antecedent a reader would take for "he said".
    /// </summary>
    public Person? RegisterLastMentionedBefore(int position, bool? female, int from = 0, string? text = null)
    {
        // With the text at hand, a full name counts from where its surname last stands alone ("Reyes went first …") as well:
        // the person a reader has in mind is the one the text spoke of last, not the one it introduced last.
        int LastAt(int at, string name) => text is null ? at : Math.Max(at, LastWord(text, name.Split(' ')[^1], at, position));
        foreach (var m in mentioned.Where(m => m.Position < position && m.Position >= from).OrderByDescending(m => LastAt(m.Position, m.Name)))
        {
            var given = m.Name.Split(' ')[0];
            if (female is not null && GovBot.Ingestion.Lexicon.Lexicons.FirstNameIsFemale.TryGetValue(given, out var isFemale) && isFemale != female)
            {
                continue;
            }

            return Register(m.Name, m.Position, m.Title, m.Organization, m.Country);
        }

        return null;
    }

    /// <summary>Where <paramref name="word"/> last stands as a whole word in [from, before), or <paramref name="from"/>.</summary>
    private static int LastWord(string text, string word, int from, int before)
    {
        if (word.Length < 2)
        {
            return from;
        }

        for (var at = text.LastIndexOf(word, Math.Max(0, Math.Min(before, text.Length) - 1), StringComparison.Ordinal); at > from;
             at = at == 0 ? -1 : text.LastIndexOf(word, at - 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end <= before && (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return from;
    }

    /// <summary>The person named last in [from, position), whether already known as a speaker or only mentioned.</summary>
    public Person? LastNamedBefore(int position, int from)
    {
        var known = people.Where(p => p.Tokens.Length >= 2 && p.FirstPosition >= from && p.FirstPosition < position).MaxBy(p => p.FirstPosition);
        var latestMention = mentioned.Where(m => m.Position >= from && m.Position < position).Select(m => (int?)m.Position).Max();
        return latestMention is { } at && (known is null || at > known.FirstPosition)
            ? RegisterLastMentionedBefore(position, null, from)
            : known;
    }

    public Person? FirstIntroducedAfter(int position, int limit, string? country) =>
        people.Where(p => p.FirstPosition > position && p.FirstPosition <= limit && p.Tokens.Length >= 2)
            .Where(p => country is null || p.Country is null || p.Country == country)
            .OrderBy(p => p.FirstPosition)
            .FirstOrDefault();

    private static bool Matches(string[] full, string[] partial)
    {
        if (partial.Length == 1)
        {
            return full.Length > 1 && (full[0] == partial[0] || full[^1] == partial[0]);
        }

        if (full.Length > partial.Length)
        {
            // "Joe Biden" ~ "Joseph R. Biden" is not attempted; "Anne Neuberger" inside a longer form is.
            return full.Skip(full.Length - partial.Length).SequenceEqual(partial) || full.Take(partial.Length).SequenceEqual(partial);
        }

        return full.Length < partial.Length &&
               (partial.Skip(partial.Length - full.Length).SequenceEqual(full) || partial.Take(full.Length).SequenceEqual(full));
    }

    private static string Clean(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !Vocabulary.Honorifics.Contains(t))).Trim().TrimEnd(',', '.');
}
