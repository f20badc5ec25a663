using System.Globalization;
using System.Text.RegularExpressions;
using GovBot.Core.Features.Ask;

namespace GovBot.Cli.Verbs;

/// <summary><c>ask --explain</c>: how a question was read, in words a reader can check against what they meant.</summary>
public static class AskExplanation
{
    public static string Of(ParsedQuestion parsed)
    {
        var rows = new List<(string Label, string Text)>
        {
            ("looking for", parsed.Type switch
            {
                QuestionType.Who => "who said it",
                QuestionType.When => "when it was said",
                QuestionType.HasAnyone => "whether anyone has said it",
                _ => "what was said",
            }),
            ("about", Topic(parsed) is { Length: > 0 } topic ? $"“{topic}”" : "no particular topic (any statement that fits the rest)"),
        };
        if (parsed.NamedSubject is { } subject)
        {
            rows.Add(("speaker", subject));
        }
        else if (parsed.NameCandidates.Count > 0)
        {
            rows.Add(("speaker", "perhaps " + string.Join(" or ", parsed.NameCandidates.Select(n => $"“{n}”")) + ", if someone of that name is on record"));
        }

        if (parsed.Country is { } country)
        {
            rows.Add(("country", country));
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
        var width = rows.Max(r => r.Label.Length) + 1;
        return "How the question was read:" + Environment.NewLine +
               string.Concat(rows.Select(r => $"  {(r.Label + ":").PadRight(width)} {r.Text}{Environment.NewLine}"));
    }

    /// <summary>The topic without the words of the person named as the speaker, which say who, not what about.</summary>
    private static string Topic(ParsedQuestion parsed)
    {
        var nameWords = (parsed.NamedSubject ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
