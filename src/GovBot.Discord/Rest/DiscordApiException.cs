namespace GovBot.Discord.Rest;

/// <summary>Discord answered with an error. The message names the route template, never a URL with a token in it.</summary>
public sealed class DiscordApiException(string route, int status, int? code, string? discordMessage)
    : Exception($"Discord answered {status} to {route}" + (code is null ? "" : $" (code {code}: {discordMessage})"))
{
    public string Route { get; } = route;
    public int Status { get; } = status;
    public int? Code { get; } = code;
}
