namespace GovBot.Core.Commands;

/// <summary>A slash command as users see it: the one source of truth that registration sends to Discord.</summary>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<CommandOption> Options)
{
    /// <summary>Answers are slow enough (or may be) that the transport should defer early.</summary>
    public bool MaySlow { get; init; }

    /// <summary>Only moderators may run it: Discord hides it from others, and the dispatcher checks again on every call.</summary>
    public bool ModeratorOnly { get; init; }
}
