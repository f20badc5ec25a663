using GovBot.Core.Commands;

namespace GovBot.Core.Features.Usage;

/// <summary>The words usage views show for a stored outcome; the store keeps the stable names for tools.</summary>
public static class UsageOutcomes
{
    public const string Refused = "Refused";

    public static string Word(string outcome) => outcome switch
    {
        nameof(ReplyOutcome.Answered) => "answered",
        nameof(ReplyOutcome.NothingFound) => "nothing found",
        nameof(ReplyOutcome.Ambiguous) => "ambiguous",
        nameof(ReplyOutcome.InvalidInput) => "bad input",
        nameof(ReplyOutcome.Error) => "error",
        Refused => "refused",
        _ => outcome.ToLowerInvariant(),
    };
}
