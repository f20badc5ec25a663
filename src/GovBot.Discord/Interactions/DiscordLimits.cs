namespace GovBot.Discord.Interactions;

/// <summary>Discord's message limits (counted in UTF-16 units, the conservative reading).</summary>
internal static class DiscordLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int CustomId = 100;
    public const int Choices = 25;
    public const int ChoiceText = 100;
    public const int ButtonLabel = 80;
    public const int Ephemeral = 64;
}
