using GovBot.Core.Commands;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Speakers;

public sealed class SpeakerCommand(SpeakerHandler handler, IKnowledgeIndex index) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("speaker", "A speaker's profile: roles, country, statements and best quotes",
    [
        new CommandOption("name", "Full or partial name, e.g. Long or putin", CommandOptionType.String, Required: true) { Autocomplete = true, MaxLength = 100 },
    ]);

    public CommandReply Execute(CommandInput input) => handler.Handle(input.Get("name") ?? "");

    public IReadOnlyList<CommandChoice> Suggest(string option, string typed) =>
        option == "name" ? SpeakerSuggestions.For(index, typed) : [];
}
