using System.Globalization;
using System.Text.RegularExpressions;
using GovBot.Core.Features.Ask;

namespace GovBot.Cli.Verbs;

/// <summary><c>ask --explain</c>: how a question was read, in words a reader can check against what they meant.</summary>
public static class AskExplanation
{
    public static string Of(AskResult result)
    {
        var parsed = result.Parsed;
        var rows = new List<(string Label, string Text)>();
        if (result.ReadAs is { } readAs)
        {
            rows.Add(("read as", $"“{readAs}” (everyday words in the record's terms: meaning is compared with this as well as with the question as asked)"));
        }

        rows.AddRange(
        [
            ("looking for", parsed.Type switch
            {
                QuestionType.Who => "who said it",
                QuestionType.When => "when it was said",
                QuestionType.HasAnyone => "whether anyone has said it",
                _ => "what was said",
            }),
            ("about", Topic(parsed, result.Speakers) is { Length: > 0 } topic ? $"“{topic}”" : "no particular topic (any statement that fits the rest)"),
        ]);
        if (result.Speakers.Count > 0)
        {
            rows.Add(("speaker", string.Join(" or ", result.Speakers)));
        }
        else if (parsed.NamedSubject is { } subject)
        {
            rows.Add(("speaker", $"“{subject}”, who is not on record"));
        }

        if (parsed.Country is { } country)
        {
            rows.Add(("country", country));
        }
        else if (parsed.Region is { } region)
        {
            var listed = region.Countries.Count <= 6 ? string.Join(", ", region.Countries) : string.Join(", ", region.Countries.Take(5)) + $" and {region.Countries.Count - 5} more";
            rows.Add(("country", $"any {region.Name} country ({listed})"));
        }

        if (parsed.RolePhrase is { } role)
        {
            rows.Add(("role", role));
        }
        else if (parsed.RoleWords.Count > 0)
        {
            rows.Add(("role", string.Join(" ", parsed.RoleWords)));
        }

        if (parsed.AtUnitedNations)
        {
            rows.Add(("where", "at the United Nations"));
        }
        else if (parsed.Venue is { } venue)
        {
            rows.Add(("where", $"at the {venue.Name} (documents that name it first)"));
        }

        rows.Add(("when", When(parsed.FromYear, parsed.ToYear)));
        if (result.SetAside.Count > 0)
        {
            rows.Add(("set aside", string.Join(" and ", result.SetAside) + ": nothing answered with it"));
        }

        if (result.Meaning is { } meaning)
        {
            rows.Add(("meaning", Meaning(meaning)));
        }

        var width = rows.Max(r => r.Label.Length) + 1;
        return "How the question was read:" + Environment.NewLine +
               string.Concat(rows.Select(r => $"  {(r.Label + ":").PadRight(width)} {r.Text}{Environment.NewLine}"));
    }

    /// <summary>Why the closest statement in meaning was close enough, or not: the bar depends on what the words said.</summary>
    private static string Meaning(MeaningCheck check)
    {
        var why = check.Evidence switch
        {
            WordEvidence.Shared => "statements share the question's words",
            WordEvidence.NoneShared => "no statement shares its words, so it may be a paraphrase",
            WordEvidence.Unknown => "it names something no statement or title has a word for",
            _ => "its words count against an answer (an everyday word a small record lacks, a short question no statement holds, or words found only outside the speaker, country, role or years asked)",
        };
        var verdict = check.Closest >= check.Needed ? "close enough" : "not close enough, so nothing answers";
        return string.Create(CultureInfo.InvariantCulture, $"the closest statement scores {check.Closest:0.00}; {check.Needed:0.00} was needed, since {why}: {verdict}");
    }

    /// <summary>The topic without the words of the person named as the speaker, which say who, not what about.</summary>
    private static string Topic(ParsedQuestion parsed, IReadOnlyList<string> speakers)
    {
        var nameWords = speakers.Append(parsed.NamedSubject ?? "").SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return string.Join(' ', parsed.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !nameWords.Contains(Regex.Replace(w, "['’]s?$", ""), StringComparer.OrdinalIgnoreCase)));
    }

    private static string When(int? from, int? to)
    {
        string Year(int y) => y.ToString(CultureInfo.InvariantCulture);
        return (from, to) switch
        {
            (null, null) => "any time",
            ({ } f, { } t) when f == t => $"in {Year(f)}",
            ({ } f, { } t) => $"from {Year(f)} to {Year(t)}",
            ({ } f, null) => $"{Year(f)} or later",
            (null, { } t) => $"{Year(t)} or earlier",
        };
    }
}
