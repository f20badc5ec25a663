namespace GovBot.Core.Features.Ask;

/// <summary>One stored statement that answers a question, with the fields the answer is built from.</summary>
public sealed record AskAnswer(
    string Document,
    string Title,
    string Speaker,
    string? Role,
    string? Country,
    string Text,
    string? Source,
    string? Date,
    string? Url,
    double Score)
{
    /// <summary>Direct speech (verbatim) or reported speech (the source's account of what was said).</summary>
    public Domain.QuoteKind Kind { get; init; } = Domain.QuoteKind.Direct;
}

/// <summary>The answers to a question (best first), or none when no stored statement answers it.</summary>
public sealed record AskResult(string Question, ParsedQuestion Parsed, IReadOnlyList<AskAnswer> Answers, IReadOnlyList<string> Suggestions)
{
    public bool Found => Answers.Count > 0;

    /// <summary>Why nothing was found (<see cref="RefusalReason.None"/> when answers were).</summary>
    public RefusalReason Refusal { get; init; }
}
