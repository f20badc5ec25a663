namespace GovBot.Core.Commands;

public enum CommandOptionType
{
    String = 3,
    Integer = 4,
    Boolean = 5,
}

public sealed record CommandOption(string Name, string Description, CommandOptionType Type, bool Required = false)
{
    public bool Autocomplete { get; init; }
    public int? MaxLength { get; init; }
    public int? MinValue { get; init; }
    public int? MaxValue { get; init; }
    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];
}
