namespace GovBot.Core.Commands;

/// <summary>
/// What a command answers, independent of where it is shown. The terminal prints it; the Discord transport
/// turns it into an embed. Handlers return it and never write anywhere themselves.
/// </summary>
public sealed record CommandReply(
    ReplyOutcome Outcome,
    string Title,
    IReadOnlyList<string> Lines,
    IReadOnlyList<ReplyField> Fields,
    IReadOnlyList<Citation> Citations,
    int ResultCount)
{
    public string? Footer { get; init; }

    /// <summary>How many fields one page shows; the rest are behind paging buttons (Discord) or summarised (terminal).</summary>
    public int PageSize { get; init; } = 5;

    /// <summary>Buttons offered with the reply (Confirm / Cancel, say).</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    /// <summary>When set, the answer is this form rather than a message.</summary>
    public ReplyModal? Modal { get; init; }

    /// <summary>
    /// The sources to list beside the given fields: those the shown fields cite, in order, once each. A reply whose fields
    /// cite nothing themselves (an article's summary) lists all its citations.
    /// </summary>
    public IReadOnlyList<Citation> CitationsFor(IEnumerable<ReplyField> shown) =>
        Fields.Any(f => f.Source is not null)
            ? shown.Select(f => f.Source).OfType<Citation>().Distinct().ToList()
            : Citations;

    public static CommandReply Message(ReplyOutcome outcome, string title, params string[] lines) =>
        new(outcome, title, lines, [], [], 0);
}
