namespace GovBot.Core.Commands;

/// <summary>A button under a reply; <see cref="Id"/> is "command:action:key" and comes back when it is clicked.</summary>
public sealed record ReplyAction(string Label, string Id, bool Danger = false);
