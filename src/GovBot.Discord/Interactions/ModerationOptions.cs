namespace GovBot.Discord.Interactions;

public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Role ids whose members count as moderators besides those with Manage Server or Administrator.</summary>
    public List<string> RoleIds { get; set; } = [];
}
