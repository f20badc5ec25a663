using System.Buffers;
using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Who speaks in a government's own documents that carry no byline. A fact-sheet paragraph in which a named official
/// announces something ("Vice President Harris is announcing …", "the Vice President is launching …") is that official's
/// statement; a joint leaders' statement is the statement of every leader who signs it.
/// </summary>
internal static partial class InstitutionalVoices
{
    private const int MaxSignatories = 4;

    public static List<ExtractedQuote> Attribute(ParsedDocument doc, string title, PersonRegistry registry, List<ExtractedQuote> quotes)
    {
        var officials = registry.People.Where(p => TitleSanity.Clean(p.Title, p.Name) is not null).ToList();
        var result = officials.Count == 0
            ? quotes
            : quotes.Select(q => q.Speaker is null && Announcer(q.Text, officials) is { } who ? q with { Speaker = who.Person.Name, Cue = who.Cue } : q).ToList();

        if (JointLeadersTitle().IsMatch(title))
        {
            RegisterTitleSignatories(doc, title, registry);
            RegisterOpeningSignatories(doc, registry);
        }

        var signatories = JointLeadersTitle().IsMatch(title) ? Signatories(doc, registry) : [];
        if (signatories.Count is 0 or > MaxSignatories)
        {
            return result;
        }

        AssignCountries(doc, title, signatories);

        // The leaders sign every word of a joint statement together, so each unattributed paragraph is each leader's statement.
        return result.SelectMany(q => q.Speaker is not null ? [q] : signatories.Select(s => q with { Speaker = s.Name })).ToList();
    }

    /// <summary>The official a paragraph says is announcing something, by name or by office ("the Vice President").</summary>
    private static (Person Person, string Cue)? Announcer(string paragraph, List<Person> officials)
    {
        // Most paragraphs name none of the verbs: a vectorised search spares them the pattern's scan at every space.
        if (paragraph.AsSpan().IndexOfAny(AnnouncingStems) < 0)
        {
            return null;
        }

        var cues = Announcing().Matches(paragraph);
        if (cues.Count == 0)
        {
            return null;
        }

        (Person Person, string Cue, int At)? best = null;
        var offices = officials.GroupBy(p => TitleSanity.Clean(p.Title, p.Name)!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var person in officials)
        {
            var forms = new List<string> { person.Name, person.Tokens[^1] };
            forms.AddRange(person.Aliases.Where(a => SpeakerDetails.IsNameVariant(a, person.Name)));
            var office = TitleSanity.Clean(person.Title, person.Name)!;
            if (offices[office] == 1)
            {
                // "the Vice President is launching …": the office stands for its one holder in the document.
                forms.Add("the " + office);
                forms.Add("The " + office);
            }

            foreach (var form in forms.Distinct(StringComparer.Ordinal))
            {
                foreach (Match m in cues)
                {
                    var before = paragraph[..m.Index].TrimEnd();
                    if (before.EndsWith(form, StringComparison.Ordinal) &&
                        (before.Length == form.Length || !char.IsLetter(before[^(form.Length + 1)])) &&
                        (best is null || m.Index < best.Value.At))
                    {
                        best = (person, m.Groups["verb"].Value, m.Index);
                    }
                }
            }
        }

        return best is { } b ? (b.Person, b.Cue) : null;
    }

    /// <summary>
    /// "Joint Statement by President Biden and President von der Leyen": the leaders a title names after "by", each an office
    /// and a name (particles included), who may appear nowhere else in the text.
    /// </summary>
    private static void RegisterTitleSignatories(ParsedDocument doc, string title, PersonRegistry registry)
    {
        var by = SignedBy().Match(title);
        var at = doc.Text.IndexOf(title, StringComparison.Ordinal);
        if (!by.Success || at < 0)
        {
            return;
        }

        foreach (var part in by.Groups["who"].Value.Split([" and ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var office = LeaderOffice().Match(part);
            var name = office.Success ? part[(office.Index + office.Length)..].Trim() : "";
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4 || !char.IsUpper(words[^1][0]) || !words.All(w => char.IsUpper(w[0]) || Vocabulary.Particles.Contains(w)))
            {
                continue;
            }

            registry.Register(name, at + by.Groups["who"].Index, part[..(office.Index + office.Length)].Trim());
        }
    }

    /// <summary>
    /// "the President of the Government of Spain, Pedro Sánchez Pérez Castejón, and the President of …": a leader's office
    /// and then the name in commas, in the opening paragraph of a joint statement.
    /// </summary>
    private static void RegisterOpeningSignatories(ParsedDocument doc, PersonRegistry registry)
    {
        if (doc.Paragraphs.Count == 0)
        {
            return;
        }

        var opening = doc.Paragraphs[0];
        foreach (Match m in OfficeThenName().Matches(doc.Text[opening.Start..opening.End]))
        {
            var office = m.Groups["office"];
            var officeText = office.Value;
            var name = m.Groups["name"].Value.Trim();
            if (name.Split(' ').Length is < 2 or > 5)
            {
                continue;
            }

            var (_, organization, country) = RolePhrase.Parse(doc.Text, Tokenizer.Tokenize(doc.Text, opening.Start + office.Index, opening.Start + office.Index + officeText.Length));
            registry.Register(name, opening.Start + m.Groups["name"].Index, OfficeWithoutCountry(officeText, ref country), organization, country);
        }
    }

    /// <summary>"President of the Government of Spain" → "President of the Government" (country Spain); "President of the United States of America" → "President".</summary>
    private static string OfficeWithoutCountry(string office, ref string? country)
    {
        for (var of = office.IndexOf(" of ", StringComparison.Ordinal); of > 0; of = office.IndexOf(" of ", of + 4, StringComparison.Ordinal))
        {
            var tail = office[(of + 4)..];
            if (Lexicon.Lexicons.Countries.Normalize(tail.StartsWith("the ", StringComparison.Ordinal) ? tail[4..] : tail) is { } named)
            {
                country ??= named;
                return office[..of];
            }
        }

        return office;
    }

    /// <summary>Heads of state or government the title or the opening paragraph names: the leaders who sign the statement.</summary>
    private static List<Person> Signatories(ParsedDocument doc, PersonRegistry registry)
    {
        var firstBody = doc.Paragraphs.Count > 0 ? doc.Paragraphs[0].End : doc.Text.Length;
        return registry.People
            .Where(p => p.FirstPosition <= firstBody && TitleSanity.Clean(p.Title, p.Name) is { } office && LeaderOffice().IsMatch(office))
            .OrderBy(p => p.FirstPosition)
            .ToList();
    }

    /// <summary>
    /// Each leader's country, from what the text says beside the name, from a visit ("welcomes … to Washington": the host's
    /// country), and otherwise from the order the title or the opening names the countries in, which is the order it names
    /// the leaders ("United States-Australia Joint Leaders’ Statement" … "We, President Biden and Prime Minister Albanese").
    /// </summary>
    private static void AssignCountries(ParsedDocument doc, string title, List<Person> leaders)
    {
        var opening = doc.Paragraphs.Count > 0 ? doc.Paragraphs[0].Of(doc.Text) : "";
        foreach (var leader in leaders.Where(l => l.Country is null))
        {
            leader.Country = CountryNamedWith(doc.Text, leader) ?? HostCountry(opening, leader);
        }

        var unplaced = leaders.Where(l => l.Country is null).ToList();
        if (unplaced.Count == 0)
        {
            return;
        }

        var named = CountriesInOrder(title);
        if (named.Count < leaders.Count)
        {
            named = OfficeCountries().Matches(opening).Select(m => StatementAuthor.MapCountryName(m.Groups["country"].Value))
                .Where(c => c is not null && IsCountry(c)).Select(c => c!).Distinct(StringComparer.Ordinal).ToList();
        }

        var free = named.Where(c => leaders.All(l => l.Country != c)).ToList();
        if (free.Count == unplaced.Count)
        {
            for (var i = 0; i < free.Count; i++)
            {
                unplaced[i].Country = free[i];
            }
        }
    }

    /// <summary>"President Yoon welcomes President Biden to the Republic of Korea": the one who welcomes is at home there.</summary>
    private static string? HostCountry(string opening, Person leader)
    {
        foreach (Match m in Welcomes().Matches(opening))
        {
            var subject = opening[..m.Index].TrimEnd().TrimEnd(',').TrimEnd();
            if (subject.EndsWith("Jr.", StringComparison.Ordinal) || subject.EndsWith("Jr", StringComparison.Ordinal))
            {
                subject = subject[..subject.LastIndexOf("Jr", StringComparison.Ordinal)].TrimEnd().TrimEnd(',');
            }

            if ((subject.EndsWith(leader.Name, StringComparison.Ordinal) || subject.EndsWith(" " + leader.Tokens[^1], StringComparison.Ordinal)) &&
                StatementAuthor.MapCountryName(m.Groups["place"].Value) is { } c && IsCountry(c))
            {
                return GovBot.Ingestion.Lexicon.Lexicons.Countries.Normalize(c);
            }
        }

        return null;
    }

    /// <summary>Countries a title names, in order: "U.S.-Singapore", "United States-Republic of Korea", "Kingdom of Spain and the United States".</summary>
    private static List<string> CountriesInOrder(string title)
    {
        var words = title.Replace('-', ' ').Replace('–', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ':', '’', '\'')).ToList();
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(4, words.Count - i); n >= 1; n--)
            {
                if (GovBot.Ingestion.Lexicon.Lexicons.Countries.Normalize(string.Join(' ', words.Skip(i).Take(n))) is { } c && char.IsUpper(words[i][0]))
                {
                    if (!found.Contains(c))
                    {
                        found.Add(c);
                    }

                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The country a leader's name is given with: "President Yoon Suk Yeol of the Republic of Korea", "Prime Minister of the
    /// Republic of Singapore Lee Hsien Loong", "Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates".
    /// </summary>
    private static string? CountryNamedWith(string text, Person leader)
    {
        foreach (var form in new[] { leader.Name }.Concat(leader.Aliases.Where(a => SpeakerDetails.IsNameVariant(a, leader.Name))).Append(leader.Tokens[^1]))
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                var after = OfCountryAfter().Match(text, at + form.Length);
                if (after.Success && StatementAuthor.MapCountryName(after.Groups["country"].Value) is { } c && IsCountry(c))
                {
                    return c;
                }

                var lineStart = Math.Max(0, at - 80);
                var before = OfCountryBefore().Match(text[lineStart..at]);
                if (before.Success && StatementAuthor.MapCountryName(before.Groups["country"].Value) is { } b && IsCountry(b))
                {
                    return b;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s+(?:is\s+honou?red\s+to\s+|is\s+pleased\s+to\s+)?welcom(?:e|es|ed)\s+[^\n;]{0,160}?\bto\s+(?:the\s+)?(?<place>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,4})")]
    private static partial Regex Welcomes();

    [GeneratedRegex(@"\b(?:President|Prime Minister|Chancellor|leaders?)\s+of\s+(?:the\s+)?(?<country>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})")]
    private static partial Regex OfficeCountries();

    private static bool IsCountry(string name) => GovBot.Ingestion.Lexicon.Lexicons.Countries.Normalize(name) is not null;

    [GeneratedRegex(@"\G(?:,?\s+Jr\.?)?(?:,\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})?\s*of\s+(?:the\s+)?(?<country>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})")]
    private static partial Regex OfCountryAfter();

    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?<country>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})\s*,?\s*$")]
    private static partial Regex OfCountryBefore();

    private static readonly SearchValues<string> AnnouncingStems =
        SearchValues.Create(["announc", "unveil", "launch", "reaffirm", "welcom", "call", "made", "makes"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=\s)(?:(?:is|are|has|have|will|also|today)\s+){0,2}(?<verb>announc(?:es|ed|ing|e)|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|welcom(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|made\s+(?:it\s+)?clear|makes\s+(?:it\s+)?clear)\b")]
    private static partial Regex Announcing();

    [GeneratedRegex(@"^(?!.*\bVice\b).*\b(?:President|Prime Minister|Chancellor|King|Queen|Emir|Premier|Taoiseach)\b")]
    private static partial Regex LeaderOffice();

    [GeneratedRegex(@"\b[Tt]he\s+(?<office>(?:President|Prime Minister|Chancellor)\s+of\s+(?:the\s+)?[A-Z][\w]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w]*){0,5}),\s+(?<name>(?:[A-Z][\p{L}.\-]*\s+){1,4}[A-Z][\p{L}\-]*)(?:,\s+Jr\.)?,")]
    private static partial Regex OfficeThenName();

    [GeneratedRegex(@"\b(?:by|of)\s+(?<who>(?:President|Prime Minister|Chancellor)\b.+)$")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"\bJoint\b.*\b(?:Statement|Declaration)\b|\bLeaders[’']? (?:Joint )?Statement(?:\b|(?=[A-Z]))", RegexOptions.IgnoreCase)]
    private static partial Regex JointLeadersTitle();
}
