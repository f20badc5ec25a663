using Microsoft.Extensions.Options;

namespace GovBot.Discord;

/// <summary>Refuses to start with settings Discord would reject anyway, naming the setting so the fix is obvious.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord__Token is not set (also accepted: DISCORD_TOKEN).");
        }
        else if (options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Discord__Token must be the bare bot token, without spaces or a \"Bot \" prefix.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord__ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        if (options.GuildId is { Length: > 0 } guild && !IsSnowflake(guild))
        {
            failures.Add("Discord__GuildId must be a numeric server id.");
        }

        if (options.ApplicationId is { Length: > 0 } app && !IsSnowflake(app))
        {
            failures.Add("Discord__ApplicationId must be a numeric application id.");
        }

        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add("Discord__ShardId must be at least 0 and below Discord__ShardCount (at least 1).");
        }

        if (options.Mode == DiscordMode.Http)
        {
            if (options.PublicKey is not { Length: 64 } key || !key.All(Uri.IsHexDigit))
            {
                failures.Add("Discord__PublicKey must be the application's 64-character hex public key in Http mode.");
            }

            if (!Uri.TryCreate(options.HttpListenUrl, UriKind.Absolute, out _))
            {
                failures.Add("Discord__HttpListenUrl must be an absolute URL such as http://0.0.0.0:8080.");
            }
        }

        if (options.DeferAfterMs is < 0 or > 2500)
        {
            failures.Add("Discord__DeferAfterMs must be between 0 (always defer) and 2500 (Discord allows 3 s for the first response).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
