namespace GovBot.Core.Commands;

/// <summary>Who invoked a command and where, as the transport reports it; empty for the terminal.</summary>
public sealed record CommandCaller(string? GuildId, string? ChannelId, string? UserId, ulong Permissions, IReadOnlyList<string> RoleIds)
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    public static CommandCaller Terminal { get; } = new(null, null, null, 0, []);
}
