using GovBot.Core.Commands;

namespace GovBot.Core.Features.Help;

public sealed class HelpCommand : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("help", "What GovBot can answer and how to ask", []);

    public CommandReply Execute(CommandInput input) => new(ReplyOutcome.Answered, "GovBot",
        ["I answer from statements by officials and governments on cyber governance, always with the source."],
        [
            new ReplyField("/quote", "Statements on a topic, e.g. `/quote query: arms race`; add `speaker:` to narrow to one person."),
            new ReplyField("/summary", "An article's summary, speakers and key quotes: `/summary article: shared future`."),
            new ReplyField("/speaker", "A profile: roles, country, how often quoted, best quotes: `/speaker name: Long`."),
        ],
        [], 0);
}
