using GovBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Interactions;

/// <summary>
/// Who may run moderator commands: members with Manage Server or Administrator in the interaction's permissions, or
/// with a configured moderator role. Never anyone in a DM. Discord hides these commands too, but it is checked here
/// on every call because a hidden command can still be invoked.
/// </summary>
public sealed class ModeratorPolicy(IOptions<ModerationOptions> options)
{
    public bool Allows(CommandCaller caller) =>
        caller.GuildId is not null &&
        ((caller.Permissions & (CommandCaller.ManageGuild | CommandCaller.Administrator)) != 0 ||
         caller.RoleIds.Any(r => options.Value.RoleIds.Contains(r)));
}
