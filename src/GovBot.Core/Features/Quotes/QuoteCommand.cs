using GovBot.Core.Commands;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Quotes;

public sealed class QuoteCommand(QuoteHandler handler, IKnowledgeIndex index) : ISlashCommand
{
    /// <summary>How many results a paged answer can browse through.</summary>
    public const int MaxResults = 25;

    public CommandDefinition Definition { get; } = new("quote", "Find what officials said on a topic, with speaker and source",
    [
        new CommandOption("query", "Topic to search for, e.g. arms race", CommandOptionType.String) { MaxLength = QuoteHandler.MaxQueryLength },
        new CommandOption("speaker", "Only statements by this person", CommandOptionType.String) { Autocomplete = true, MaxLength = 100 },
    ]);

    public CommandReply Execute(CommandInput input) =>
        handler.Handle(new QuoteRequest(input.Get("query"), input.Get("speaker"), MaxResults));

    public IReadOnlyList<CommandChoice> Suggest(string option, string typed) =>
        option == "speaker" ? SpeakerSuggestions.For(index, typed) : [];
}
