using GovBot.Core.Analysis;
using GovBot.Core.Text;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The last pass over a document's people before they leave the extractor: a title that is one person's office, the
/// organisation an office implies when the text names none, one name per organisation, and aliases that are real
/// variants of the person's name (not labels such as "MS. PSAKI" or "President of Russia Vladimir Putin").
/// </summary>
internal static class SpeakerDetails
{
    public static ExtractedSpeaker Of(Person person, string? fallbackCountry)
    {
        // A document quoted as a source ("the Pacific Islands Forum's Boe Declaration … states") is not the publisher's own.
        var country = person.Country ?? (IsDocument(person.Name) ? null : fallbackCountry);
        var title = TitleSanity.Clean(person.Title, person.Name);
        var organization = CanonicalOrganization(person.Organization, country) ?? OfficeOrganization(title, country);
        var aliases = person.Aliases
            .Where(a => a != person.Name && IsNameVariant(a, person.Name))
            .Concat(ShortForms(person))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ExtractedSpeaker(person.Name, title, organization, country, aliases);
    }

    private static bool IsDocument(string name) =>
        name.LastIndexOf(' ') is var space and > 0 &&
        name[(space + 1)..] is "Declaration" or "Convention" or "Charter" or "Treaty" or "Resolution" or "Communique" or "Communiqué" or "Accord" or "Accords" or "Agreement" or "Compact";

    /// <summary>The organisation an office belongs to ("Press Secretary" in the United States → The White House), or null.</summary>
    public static string? OfficeOrganization(string? title, string? country)
    {
        if (title is null)
        {
            return null;
        }

        var padded = " " + string.Join(' ', NameKey.Tokens(title.Replace("&", " and ", StringComparison.Ordinal))) + " ";
        foreach (var (office, officeCountry, organization) in Lexicons.OfficeOrganizations)
        {
            if ((officeCountry == "*" || string.Equals(officeCountry, country, StringComparison.Ordinal)) &&
                padded.Contains(" " + string.Join(' ', NameKey.Tokens(office)) + " ", StringComparison.Ordinal))
            {
                return organization;
            }
        }

        return null;
    }

    private static string? CanonicalOrganization(string? organization, string? country)
    {
        if (organization is null)
        {
            return null;
        }

        foreach (var (shortForm, shortCountry, name) in Lexicons.OrganizationNames)
        {
            if (string.Equals(organization, shortForm, StringComparison.Ordinal) && (shortCountry == "*" || shortCountry == country))
            {
                return name;
            }
        }

        return organization;
    }

    /// <summary>
    /// A form of the same name: mixed case (labels are upper case), every word a name word of the full name or an initial
    /// ("Psaki", "Jen Psaki", "Joseph R. Biden" for "Joseph Biden"), never a role or a run-together label ("VladimirPutin").
    /// </summary>
    public static bool IsNameVariant(string alias, string name)
    {
        if (!alias.Any(char.IsLower))
        {
            return false;
        }

        var own = NameKey.Tokens(name);
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shared = 0;
        foreach (var word in words)
        {
            var key = NameKey.For(word);
            if (own.Contains(key))
            {
                shared++;
            }
            else if (!(key.Length == 1 || Vocabulary.Particles.Contains(word) || Vocabulary.Honorifics.Contains(word)))
            {
                return false;
            }
        }

        return shared > 0;
    }

    private static IEnumerable<string> ShortForms(Person p)
    {
        var tokens = p.Tokens;
        if (tokens.Length < 2)
        {
            yield break;
        }

        // Family name first ("Wang Yi", "Yoon Suk Yeol", "Kim Sung-hwan"): the short form is the first word.
        var dash = tokens[^1].IndexOf('-', StringComparison.Ordinal);
        var hyphenatedGivenName = tokens.Length == 2 && dash > 0 && dash + 1 < tokens[^1].Length && char.IsLower(tokens[^1][dash + 1]);
        var familyFirst = (Lexicons.FamilyNameFirst.Contains(tokens[0]) && !Lexicons.FirstNameIsFemale.ContainsKey(tokens[^1])) || hyphenatedGivenName;
        yield return familyFirst ? tokens[0] : tokens[^1];
    }
}
