namespace GovBot.Core.Commands;

public enum CommandOptionType
{
    Subcommand = 1,
    String = 3,
    Integer = 4,
    Boolean = 5,
    Attachment = 11,
}

public sealed record CommandOption(string Name, string Description, CommandOptionType Type, bool Required = false)
{
    public bool Autocomplete { get; init; }
    public int? MaxLength { get; init; }
    public int? MinValue { get; init; }
    public int? MaxValue { get; init; }
    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];

    /// <summary>The parameters of a <see cref="CommandOptionType.Subcommand"/>.</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];
}
