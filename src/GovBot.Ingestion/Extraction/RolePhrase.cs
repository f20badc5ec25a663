using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>Splits a role phrase into title, organisation and country: "Russian Foreign Minister", "Coordinator for Cyber Affairs of China's Ministry of Foreign Affairs".</summary>
internal static class RolePhrase
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "by", "from", "with", "for", "to", "and", "on", "at", "a", "an", "the" };

    public static (string? Title, string? Organization, string? Country) Parse(string text, List<Token> tokens)
    {
        var list = tokens.Where(t => t.Text is not ("(" or ")")).ToList();
        while (list.Count > 0 && (list[0].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "former" || Vocabulary.Honorifics.Contains(list[0].Text)))
        {
            list.RemoveAt(0);
        }

        // "Readout of National Security Advisor …": words up to a lower-case joiner before the title are not part of it.
        var firstTitleWord = list.FindIndex(t => Vocabulary.IsRole(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text));
        // Only function words join ("of", "by"); a lower-case word of the title itself ("a Spanish police spokesperson") does not.
        var joiner = firstTitleWord > 0 ? list.FindLastIndex(firstTitleWord - 1, t => t.IsWord && !t.IsCapitalized && Joiners.Contains(t.Text)) : -1;
        if (joiner >= 0)
        {
            list.RemoveRange(0, joiner + 1);
        }

        // "a Spanish police spokesperson": the article goes, so the demonym leads.
        var articles = list.TakeWhile(t => t.Text is "a" or "an" or "the" or "A" or "An" or "The").Count();
        if (articles > 0 && articles < list.Count)
        {
            list.RemoveRange(0, articles);
        }

        string? country = null;
        for (var n = Math.Min(3, list.Count - 1); n >= 1; n--)
        {
            if (Lexicons.Countries.Normalize(Join(text, list.GetRange(0, n))) is { } leading && !Vocabulary.IsRole(list[n - 1].Text))
            {
                country = leading;
                list.RemoveRange(0, n);
                break;
            }
        }

        string? owner = null;
        var firstRoleWord = list.FindIndex(t => Vocabulary.IsRole(t.Text));
        var possessive = firstRoleWord > 0 ? list.FindLastIndex(firstRoleWord - 1, MentionParser.IsPossessive) : -1;
        if (possessive >= 0)
        {
            // "State Department's deputy coordinator": the owner before the title is its organisation (or its country).
            var ownerText = Join(text, list.GetRange(0, possessive + 1));
            ownerText = ownerText[..^2];
            if (Lexicons.Countries.Normalize(ownerText) is { } ownerCountry)
            {
                country ??= ownerCountry;
            }
            else
            {
                owner = ownerText;
            }

            list.RemoveRange(0, possessive + 1);
        }

        if (list.Count == 0 || !list.Any(t => Vocabulary.IsRole(t.Text)))
        {
            return (null, null, country);
        }

        string? organization = null;
        var firstRole = list.FindIndex(t => Vocabulary.IsRole(t.Text) || Vocabulary.TitleModifiers.Contains(t.Text) || Vocabulary.SectorWords.Contains(t.Text));
        // Lower-case words before the title qualify it ("medical director", "police spokesperson"); they name no organisation.
        if (firstRole > 0 && list.Take(firstRole).Any(t => t.IsCapitalized))
        {
            // Words before the title that are not title words name the organisation: "NSC Spokesperson", "Foreign Ministry spokesperson".
            organization = Join(text, list.GetRange(0, firstRole));
            list.RemoveRange(0, firstRole);
        }
        else
        {
            var lastOrgHead = list.FindLastIndex(t => Vocabulary.IsOrgHead(t.Text) && t.IsCapitalized);
            if (lastOrgHead >= 0 && lastOrgHead + 1 < list.Count && Vocabulary.IsRole(list[lastOrgHead + 1].Text) &&
                !list.Take(lastOrgHead + 1).Any(t => t.Lower is "of" or "at" or "for"))
            {
                organization = Join(text, list.GetRange(0, lastOrgHead + 1));
                list.RemoveRange(0, lastOrgHead + 1);
            }
        }

        for (var i = 1; i < list.Count - 1; i++)
        {
            if (list[i].Lower is not ("of" or "at" or "in" or "for"))
            {
                continue;
            }

            var rest = list.Skip(i + 1).ToList();
            if (rest.Count > 0 && rest[0].Lower == "the")
            {
                rest.RemoveAt(0);
            }

            string? orgCountry = null;
            for (var n = Math.Min(3, rest.Count - 1); n >= 1; n--)
            {
                if (MentionParser.IsPossessive(rest[n - 1]) && Lexicons.Countries.Normalize(Join(text, rest.GetRange(0, n))) is { } c)
                {
                    orgCountry = c;
                    rest.RemoveRange(0, n);
                    break;
                }
            }

            // "of the main opposition Democratic Party": lower-case words describe the organisation, whose name follows them.
            var describing = rest.TakeWhile(t => t.IsWord && !t.IsCapitalized && !Vocabulary.Connectors.Contains(t.Text) && t.Lower is not ("of" or "at" or "in" or "for")).Count();
            if (describing > 0 && describing < rest.Count && rest[describing].IsCapitalized && rest.Skip(describing).Any(t => Vocabulary.IsOrgHead(t.Text) && t.IsCapitalized))
            {
                rest = rest.Skip(describing).ToList();
            }

            // "head of the National Police's central cybercrime unit": the possessor is the organisation, the rest a part of it.
            var owned = rest.FindIndex(MentionParser.IsPossessive);
            if (owned > 0 && rest.Take(owned + 1).All(t => t.IsCapitalized) && Lexicons.Countries.Normalize(Join(text, rest.GetRange(0, owned + 1))[..^2]) is null)
            {
                var ownerEnd = rest[owned];
                rest = rest.GetRange(0, owned + 1);
                rest[^1] = new Token(ownerEnd.Text[..^2], ownerEnd.Start, ownerEnd.End - 2);
            }

            // The organisation's own head word must come before any further "of/at/for": "… for Cyber Affairs of China's Ministry" is still title.
            var head = rest.FindIndex(t => Vocabulary.IsOrgHead(t.Text) && t.IsCapitalized);
            // "founder of the Vienna-based privacy group Datenschutz Jetzt": a described organisation ends in its name.
            var described = DescribedOrganization(rest);
            if (described is not null)
            {
                organization ??= Join(text, described);
                country ??= BasedIn(rest);
                list = list.GetRange(0, i);
                break;
            }

            var looksLikeOrg = rest.Count > 0 && rest[0].IsCapitalized &&
                               ((head >= 0 && !rest.Take(head).Any(t => t.Lower is "of" or "at" or "for" or "in")) || (rest.Count == 1 && Vocabulary.IsAcronym(rest[0].Text)));
            if (!looksLikeOrg)
            {
                if (rest.Count == 1 && Lexicons.Countries.Normalize(rest[0].Text) is { } ofCountry)
                {
                    country ??= ofCountry;
                    list = list.GetRange(0, i);
                    break;
                }

                continue;
            }

            var orgTokens = rest;
            if (orgTokens.Count > 0 && Lexicons.Countries.Normalize(orgTokens[0].Text) is { } demonym && orgTokens.Count > 1)
            {
                orgCountry ??= demonym;
            }

            organization ??= Join(text, orgTokens);
            country ??= orgCountry;
            list = list.GetRange(0, i);
            break;
        }

        if (country is null)
        {
            foreach (var t in list)
            {
                if (Lexicons.Countries.Normalize(t.Text) is { } inside && !Vocabulary.IsRole(t.Text))
                {
                    country = inside;
                    break;
                }
            }
        }

        // A phrase that runs into another person's name ("…, Deputy Advisor Anne Neuberger, and …") is that person's title.
        var raw = list.Count > 0 ? Join(text, list) : null;
        var title = TitleSanity.Clean(raw);
        if (raw is not null && !string.Equals(title, raw, StringComparison.Ordinal))
        {
            // What was cut belonged to someone else, and so do the organisation and country read from it: read the rest afresh.
            return title is null ? (null, null, null) : Parse(title, Tokenizer.Tokenize(title, 0, title.Length));
        }

        organization = CleanOrganization(organization ?? owner, ref country);
        return (title, organization, country ?? CountryOfOrganization(organization));
    }

    /// <summary>"National Cyber Security Centre (NCSC" → "National Cyber Security Centre"; "Russian Foreign Ministry" → "Foreign Ministry" (Russia).</summary>
    private static string? CleanOrganization(string? organization, ref string? country)
    {
        if (organization is null)
        {
            return null;
        }

        var open = organization.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            organization = organization[..open];
        }

        organization = organization.Trim().TrimEnd(',', ';', ':').Trim();
        var based = organization.IndexOf("-based ", StringComparison.Ordinal);
        if (based > 0)
        {
            // "Buenos Aires-based Open Networks Forum": the place says where, the rest is the name.
            country ??= Lexicons.Countries.Normalize(organization[..based]);
            organization = organization[(based + "-based ".Length)..].Trim();
        }

        if (organization.EndsWith("'s", StringComparison.Ordinal) || organization.EndsWith("’s", StringComparison.Ordinal))
        {
            organization = organization[..^2];
        }

        if (organization.Length < 2 || organization.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => NotOrganizationWords.Contains(w)))
        {
            // "Joint Statement Following the Meeting Between President …", "Today President …", "His Highness President …":
            // title-case words before an office that are a preposition, a time or a form of address name no organisation.
            return null;
        }

        if (Lexicons.Countries.Normalize(organization) is { } whole)
        {
            country ??= whole;
            return null;
        }

        if (organization.EndsWith("-based", StringComparison.Ordinal))
        {
            // "a Pune-based security researcher": a place, not a name.
            country ??= Lexicons.Countries.Normalize(organization[..^"-based".Length]);
            return null;
        }

        var words = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var leadingCountry = words.Length > 0 ? Lexicons.Countries.Normalize(words[0]) : null;
        if (words.Skip(leadingCountry is null ? 0 : 1).All(w => char.IsLower(w[0])))
        {
            // "the Emirati company's chief technology officer": a common noun names no organisation, though the demonym says where.
            country ??= leadingCountry;
            return null;
        }

        if (words.Length >= 2 && Lexicons.Countries.Normalize(words[0]) is { } demonym && !char.IsLower(words[1][0]) &&
            (Vocabulary.IsOrgHead(words[1]) || (words.Length >= 3 && Vocabulary.IsOrgHead(words[2]) && Vocabulary.TitleModifiers.Contains(words[1]))))
        {
            country ??= demonym;
            organization = string.Join(' ', words.Skip(1));
        }

        return organization.Length == 0 ? null : organization;
    }

    private static readonly HashSet<string> NotOrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "between", "following", "under", "during", "after", "before", "with", "without", "among", "today", "tonight", "yesterday",
        "tomorrow", "highness", "excellency", "majesty", "his", "her", "their", "meeting", "visit", "call", "remarks", "statement",
    };

    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "firm", "company", "lab", "laboratory", "agency", "reinsurer", "insurer", "bank", "university", "organisation",
        "organization", "ngo", "charity", "startup", "start-up", "consultancy", "operator", "provider", "platform", "network",
        "institute", "foundation", "union", "association", "newspaper", "broadcaster", "regulator", "fund", "alliance", "coalition",
    };

    private static List<Token>? DescribedOrganization(List<Token> rest)
    {
        var noun = rest.FindIndex(t => !t.IsCapitalized && OrganizationNouns.Contains(t.Text));
        if (noun < 0 || noun + 1 >= rest.Count || !rest[noun + 1].IsCapitalized || rest.Take(noun).Any(t => t.Lower is "of" or "at" or "for"))
        {
            return null;
        }

        var end = noun + 1;
        while (end < rest.Count && (rest[end].IsCapitalized || (Vocabulary.Connectors.Contains(rest[end].Text) && end + 1 < rest.Count && rest[end + 1].IsCapitalized)))
        {
            end++;
        }

        return rest.GetRange(noun + 1, end - noun - 1);
    }

    /// <summary>"the London-based reinsurer Halcyon Re": the country of the place an organisation is based in, when known.</summary>
    private static string? BasedIn(List<Token> tokens) =>
        tokens.Where(t => t.Text.EndsWith("-based", StringComparison.OrdinalIgnoreCase))
            .Select(t => Lexicons.Countries.Normalize(t.Text[..^"-based".Length]))
            .FirstOrDefault(c => c is not null);

    private static string? CountryOfOrganization(string? organization)
    {
        if (organization is null)
        {
            return null;
        }

        foreach (var word in organization.Split(' '))
        {
            if (Lexicons.Countries.Normalize(word) is { } c)
            {
                return c;
            }
        }

        return null;
    }

    private static string Join(string text, List<Token> tokens) =>
        text[tokens[0].Start..tokens[^1].End].Trim().TrimEnd(',', ';', ':').Trim();
}
