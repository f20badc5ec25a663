namespace GovBot.Core.Commands;

public sealed record CommandChoice(string Name, string Value);
