using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;

namespace GovBot.Core.Features.Audit;

/// <summary>/audit: the latest moderator actions, who did them and what changed.</summary>
public sealed class AuditCommand(IAuditLog audit) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("audit", "Recent moderator actions (moderators)",
    [
        new CommandOption("count", "How many (default 20)", CommandOptionType.Integer) { MinValue = 1, MaxValue = 100 },
    ])
    {
        ModeratorOnly = true,
    };

    public CommandReply Execute(CommandInput input) => Render(audit.Recent(input.GetInt("count") ?? 20));

    public static CommandReply Render(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "Audit log", "No moderator action has been recorded.");
        }

        var fields = entries.Select(e => new ReplyField(
            $"{e.TimeUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {e.Action}",
            $"{e.Target} by {e.Moderator}" + (e.Before is null ? "" : $"\nbefore: {e.Before}") + (e.After is null ? "" : $"\nafter: {e.After}"))).ToList();
        return new CommandReply(ReplyOutcome.Answered, "Audit log", [], fields, [], fields.Count) { PageSize = 10 };
    }
}
