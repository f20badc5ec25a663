namespace GovBot.Core.Commands;

/// <summary>One command: its definition and a handler that returns a reply value. It never talks to Discord.</summary>
public interface ISlashCommand
{
    CommandDefinition Definition { get; }

    CommandReply Execute(CommandInput input);

    /// <summary>Suggestions while the user types into an option marked for autocomplete.</summary>
    IReadOnlyList<CommandChoice> Suggest(string option, string typed) => [];
}
