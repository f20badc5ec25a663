using System.Text.RegularExpressions;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// "The Florida senator said …", "the Ohio governor", "the Utah Republican": a definite description by office, state
/// or party stands for the person the text introduced with those words ("Florida Sen. Dana Ortiz", "Rep. Ann Hurd
/// (R-Utah)", "Paul Brennan, a Republican"), not for whoever spoke last. American news refers back to people this way
/// more than by pronoun.
/// </summary>
internal static partial class OfficeDescription
{
    /// <summary>What a description asks of a person: the office forms, and each state or party named before it.</summary>
    internal sealed record Wanted(string[] OfficeForms, IReadOnlyList<Qualifier> Qualifiers);

    /// <summary>A state or a party a description names, as the forms a text writes it in.</summary>
    internal sealed record Qualifier(string[] Forms, bool IsParty);

    /// <summary>The office and qualifiers of a description such as "The independent Vermont senator", or null when its last word is no office in the table.</summary>
    public static Wanted? Read(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !Lexicons.OfficeDescriptions.TryGetValue(words[^1], out var forms))
        {
            return null;
        }

        var qualifiers = new List<Qualifier>();
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (!char.IsUpper(words[i][0]) || words[i] is "The" or "A" or "An")
            {
                continue;
            }

            // Two-word states first: "New Jersey" is not "Jersey".
            var two = i + 1 < words.Length - 1 ? words[i] + " " + words[i + 1] : null;
            var state = Lexicons.UsStates.FirstOrDefault(s => two is not null && s.Name.Equals(two, StringComparison.OrdinalIgnoreCase));
            if (state.Name is not null)
            {
                i++;
            }
            else
            {
                state = Lexicons.UsStates.FirstOrDefault(s => s.Name.Equals(words[i], StringComparison.OrdinalIgnoreCase));
            }

            if (state.Name is not null)
            {
                qualifiers.Add(new Qualifier(StateForms(state), IsParty: false));
            }
            else if (PartyForms(words[i]) is { } party)
            {
                qualifiers.Add(new Qualifier(party, IsParty: true));
            }
        }

        return new Wanted(forms, qualifiers);
    }

    /// <summary>The latest of <paramref name="prior"/> (most recent first) whose title or introduction holds the office and every qualifier.</summary>
    public static Person? Find(Wanted wanted, IReadOnlyList<Person> prior, string text) =>
        prior.FirstOrDefault(p => Evidence(p, text) is var evidence && HasAny(evidence, wanted.OfficeForms) && wanted.Qualifiers.All(q => HasAny(evidence, q.Forms)));

    /// <summary>
    /// True when the text ties the person to another state or party than the description names ("Ohio Gov. Paul Brennan" is
    /// not "the Florida senator"); a person the text never places may still be the one meant, as readers know who is whose senator.
    /// </summary>
    public static bool Contradicts(Wanted wanted, Person person, string text)
    {
        var evidence = Evidence(person, text);
        foreach (var qualifier in wanted.Qualifiers)
        {
            if (HasAny(evidence, qualifier.Forms))
            {
                continue;
            }

            // The person is tied elsewhere when the text gives them any party or state at all, the wanted one being absent.
            var others = qualifier.IsParty
                ? [Lexicons.OfficeDescriptions["republican"], Lexicons.OfficeDescriptions["democrat"]]
                : Lexicons.UsStates.Select(StateForms);
            if (others.Any(o => HasAny(evidence, o)))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] StateForms((string Name, string Abbreviation, string Postal) state) =>
        [state.Name, state.Abbreviation, "-" + state.Postal];

    private static string[]? PartyForms(string word) =>
        word.ToLowerInvariant() switch
        {
            "republican" or "gop" => Lexicons.OfficeDescriptions["republican"],
            "democratic" or "democrat" => Lexicons.OfficeDescriptions["democrat"],
            _ => null,
        };

    /// <summary>The person's title and organisation, and at each place the text names them the title words right before and an aside right after.</summary>
    private static string Evidence(Person person, string text)
    {
        var parts = new List<string?> { person.Title, person.Organization };
        foreach (var name in person.Aliases.Append(person.Name).Distinct())
        {
            var seen = 0;
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && seen < 8; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                seen++;
                var lead = LeadTitle().Match(text[Math.Max(0, at - 60)..at]);
                var afterStart = at + name.Length;
                var aside = Aside().Match(text[afterStart..Math.Min(text.Length, afterStart + 60)]);
                parts.Add(lead.Success ? lead.Value : null);
                parts.Add(aside.Success ? aside.Value : null);
            }
        }

        return string.Join(" | ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static bool HasAny(string evidence, string[] forms) => forms.Any(f => Holds(evidence, f));

    /// <summary>A form as a whole word; "-FL" only as a party tag's state ("R-FL"), and "r-" only as a tag's party ("R-Fla.").</summary>
    private static bool Holds(string evidence, string form)
    {
        var caseSensitive = form.StartsWith('-');
        for (var at = evidence.IndexOf(form, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase); at >= 0;
             at = evidence.IndexOf(form, at + 1, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            var end = at + form.Length;
            var startOk = caseSensitive ? at > 0 && evidence[at - 1] is 'R' or 'D' or 'I' : at == 0 || !char.IsLetter(evidence[at - 1]);
            var endOk = form.EndsWith('-') || form.EndsWith('.') || end == evidence.Length || !char.IsLetter(evidence[end]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalised words and title abbreviations right before a name: "Florida Sen. ", "Ohio Gov. ", "state Sen. ".</summary>
    [GeneratedRegex(@"(?:(?:[A-Z][\w.'’-]*|state|former|freshman|veteran)\s+){1,5}$")]
    private static partial Regex LeadTitle();

    /// <summary>A party tag or appositive right after a name: " (R-Fla.)", ", R-Fla.,", ", a Florida Republican,".</summary>
    [GeneratedRegex(@"^\s*[,(]\s*[^,();“”""]{1,45}[,)]")]
    private static partial Regex Aside();
}
