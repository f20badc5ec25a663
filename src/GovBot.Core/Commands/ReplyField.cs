namespace GovBot.Core.Commands;

public sealed record ReplyField(string Name, string Value);
