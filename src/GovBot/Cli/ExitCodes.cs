using GovBot.Core.Commands;

namespace GovBot.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int NotFound = 1;
    public const int Usage = 2;
    public const int Failure = 3;

    public static int For(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answered => Ok,
        ReplyOutcome.NothingFound or ReplyOutcome.Ambiguous => NotFound,
        ReplyOutcome.InvalidInput => Usage,
        _ => Failure,
    };
}
