namespace GovBot.Discord.Interactions;

public enum InteractionKind
{
    Ping = 1,
    Command = 2,
    Component = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>An interaction as the dispatcher needs it; snowflakes stay strings (they do not fit a JSON number safely).</summary>
public sealed record Interaction(
    string Id,
    string Token,
    string ApplicationId,
    InteractionKind Kind,
    string? CommandName,
    IReadOnlyDictionary<string, string> Options,
    string? FocusedOption,
    string? CustomId,
    string? GuildId,
    string? ChannelId,
    string? UserId)
{
    /// <summary>The member's permissions in the channel (0 in DMs).</summary>
    public ulong Permissions { get; init; }

    public IReadOnlyList<string> RoleIds { get; init; } = [];

    public Core.Commands.CommandCaller Caller => new(GuildId, ChannelId, UserId, Permissions, RoleIds);
}
