using GovBot.Core.Commands;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// The reply when nothing answers: the reason in one sentence (nobody of that name is on record, the speaker said nothing
/// on it, nothing on record is close to the question), then only things the record holds to try instead.
/// </summary>
internal sealed class AskRefusalReply(IKnowledgeIndex index)
{
    public CommandReply Reply(AskResult result)
    {
        var lines = result.Refusal switch
        {
            AskRefusal.NotOnRecord => NotOnRecord(result),
            AskRefusal.NothingBySpeaker => NothingBySpeaker(result),
            _ => NothingClose(result),
        };
        var title = result.Refusal == AskRefusal.NotOnRecord ? "Not on record" : "No answer on record";
        return new CommandReply(ReplyOutcome.NothingFound, title, lines, [], [], 0);
    }

    private List<string> NotOnRecord(AskResult result)
    {
        var lines = new List<string> { $"Nobody called “{Shown(result.RefusedSubject)}” is on record." };
        if (result.Suggestions.Count > 0)
        {
            lines.Add($"Speakers on record with a similar name: {string.Join(", ", result.Suggestions)}.");
        }
        else if (index.TopSpeakers(5) is { Count: > 0 } top)
        {
            lines.Add($"The most quoted speakers on record: {string.Join(", ", top)}.");
        }

        return lines;
    }

    private static List<string> NothingBySpeaker(AskResult result)
    {
        var name = Shown(result.RefusedSubject);
        var count = result.SpeakerStatements == 1 ? "1 statement" : $"{result.SpeakerStatements} statements";
        var asked = AskedAbout(result);
        var lines = new List<string>
        {
            asked is null
                ? $"{name} is on record ({count}), but none of them fits that question."
                : $"{name} is on record ({count}), but none of them is about “{asked}”.",
        };
        if (result.Suggestions.Count > 0)
        {
            lines.Add($"{name} speaks about: {string.Join(", ", result.Suggestions)}.");
        }

        lines.Add($"/speaker {name} shows their profile and best quotes.");
        return lines;
    }

    private List<string> NothingClose(AskResult result)
    {
        var subject = Shown(result.RefusedSubject);
        var unknown = result.Evidence == WordEvidence.Unknown ? Unheard(subject) : [];
        var lines = new List<string>
        {
            subject.Length == 0 ? "Nothing on record answers that question."
            : unknown.Count > 0 ? $"No statement on record mentions {string.Join(" or ", unknown.Select(w => $"“{w}”"))}."
            : result.Refusal == AskRefusal.NoMatchingWords ? $"No statement on record matches the words of “{subject}”."
            : $"Nothing on record{Within(result.Parsed)} is close in meaning to “{subject}”.",
        };
        if (result.Corrections.Count > 0)
        {
            lines.Add($"Did you mean: {string.Join(", ", result.Corrections)}?");
        }

        if (result.Suggestions.Count > 0)
        {
            lines.Add($"Topics on record include: {string.Join(", ", result.Suggestions)}.");
        }

        lines.Add("Try naming a speaker, a country or one of those topics.");
        return lines;
    }

    /// <summary>
    /// The words of the subject the record does not hold (<see cref="IKnowledgeIndex.OnRecord"/>), each within the name it
    /// belongs to ("World Cup", not "Cup"): a run of capitalised words is one name.
    /// </summary>
    private List<string> Unheard(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unheard = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var end = i + 1;
            while (char.IsUpper(words[i][0]) && end < words.Length && char.IsUpper(words[end][0]))
            {
                end++;
            }

            if (words[i..end].Any(w => !index.IsCommonWord(w) && !index.OnRecord(w)))
            {
                unheard.Add(string.Join(' ', words[i..end]));
            }

            i = end - 1;
        }

        return unheard;
    }

    /// <summary>What was asked about beyond the speaker (with the venue); null when the question asked nothing more.</summary>
    private static string? AskedAbout(AskResult result)
    {
        var parts = new List<string>();
        if (result.RefusedTopic is { Length: > 0 } topic)
        {
            parts.Add(topic);
        }

        if (result.Parsed.Venue is { } venue)
        {
            parts.Add(parts.Count == 0 ? $"the {venue.Name}" : $"at the {venue.Name}");
        }

        if (Years(result.Parsed) is { } years)
        {
            parts.Add(years);
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// The limits the question set (" at the UN in 2019"), so a reader knows the refusal holds within them: the record may
    /// speak of the topic elsewhere or in other years.
    /// </summary>
    private static string Within(ParsedQuestion parsed)
    {
        var parts = new List<string>();
        if (parsed.Country is { } country)
        {
            parts.Add($"from {Text.CountryNames.InProse(country)}");
        }
        else if (parsed.Region is { } region)
        {
            parts.Add($"from the {region.Name} region");
        }

        if (parsed.AtUnitedNations)
        {
            parts.Add("at the UN");
        }
        else if (parsed.Venue is { } venue)
        {
            parts.Add($"at the {venue.Name}");
        }

        if (Years(parsed) is { } years)
        {
            parts.Add(years);
        }

        return parts.Count == 0 ? "" : " " + string.Join(' ', parts);
    }

    private static string? Years(ParsedQuestion parsed) => (parsed.FromYear, parsed.ToYear) switch
    {
        ({ } from, { } to) when from == to => $"in {from}",
        ({ } from, { } to) => $"between {from} and {to}",
        ({ } from, null) => $"since {from}",
        (null, { } to) => $"before {to + 1}",
        _ => null,
    };

    private static string Shown(string? text) => ReplyText.Shorten(text ?? "", 80);
}
