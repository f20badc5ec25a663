namespace GovBot.Core.Commands;

public enum ReplyOutcome
{
    Answered,
    NothingFound,
    Ambiguous,
    InvalidInput,
    Error,
}
