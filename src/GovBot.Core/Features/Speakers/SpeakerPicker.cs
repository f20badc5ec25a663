using GovBot.Core.Commands;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Speakers;

/// <summary>Turns a typed name into one speaker, or into the reply that explains why it cannot (no match, or several).</summary>
public static class SpeakerPicker
{
    public const int MaxNameLength = 200;

    public sealed record Result(string? SpeakerId, CommandReply? Reply);

    public static Result Pick(IKnowledgeIndex index, string name)
    {
        name = name.Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        if (!QueryTerms.HasSearchableWords(name))
        {
            return new Result(null, CommandReply.Message(ReplyOutcome.InvalidInput, "Which speaker?",
                "Type part of a name, for example `Long` or `Putin`."));
        }

        var matches = index.FindSpeakers(name, 8);
        if (matches.Count == 0)
        {
            var lines = new List<string> { $"I know no speaker called “{ReplyText.Shorten(name, 80)}”." };
            var nearest = index.SuggestSpeakers(name, 5);
            if (nearest.Count > 0)
            {
                lines.Add("Did you mean: " + string.Join(", ", nearest) + "?");
            }

            return new Result(null, new CommandReply(ReplyOutcome.NothingFound, "No such speaker", lines, [], [], 0));
        }

        var best = matches[0];
        var tied = matches.Where(m => Math.Abs(m.Score - best.Score) < 0.001).ToList();
        if (tied.Count > 1)
        {
            var lines = new List<string> { $"“{ReplyText.Shorten(name, 80)}” matches {tied.Count} speakers. Which one do you mean?" };
            lines.AddRange(tied.Select(m => "• " + m.Name));
            return new Result(null, new CommandReply(ReplyOutcome.Ambiguous, "Several speakers match", lines, [], [], tied.Count));
        }

        return new Result(best.SpeakerId, null);
    }
}
