using GovBot.Core.Commands;

namespace GovBot.Core.Features.Usage;

/// <summary>/stats: what the community asks and does not find. Moderators only.</summary>
public sealed class StatsCommand(StatsHandler handler) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("stats", "Usage: commands, top and unanswered queries, errors, latency (moderators)",
    [
        new CommandOption("days", "How many days back (default 30)", CommandOptionType.Integer) { MinValue = 1, MaxValue = 3650 },
    ])
    {
        ModeratorOnly = true,
    };

    public CommandReply Execute(CommandInput input) => handler.Handle(input.GetInt("days") ?? 30);
}
