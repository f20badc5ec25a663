using GovBot.Core.Commands;

namespace GovBot.Core.Features.Ask;

public sealed class AskCommand(AskHandler handler) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("ask", "Ask in plain words what officials said; answered from stored statements",
    [
        new CommandOption("question", "e.g. What did Russia say about the UN's role in cyberspace?", CommandOptionType.String, Required: true) { MaxLength = AskHandler.MaxQuestionLength },
    ]);

    public CommandReply Execute(CommandInput input) => handler.Handle(input.Get("question") ?? "");
}
