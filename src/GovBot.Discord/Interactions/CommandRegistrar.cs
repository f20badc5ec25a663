using System.Security.Cryptography;
using System.Text;
using GovBot.Core.Commands;
using GovBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Interactions;

/// <summary>Bulk-overwrites the commands (to the configured guild, which is instant, or globally) when they changed.</summary>
public sealed class CommandRegistrar(
    IEnumerable<ISlashCommand> commands,
    DiscordRestClient rest,
    IRegistrationState state,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken ct)
    {
        var guild = string.IsNullOrWhiteSpace(options.Value.GuildId) ? null : options.Value.GuildId;
        var definitions = commands.Select(c => c.Definition).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var problems = definitions.SelectMany(CommandJson.Problems).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Command definitions break Discord's rules: " + string.Join("; ", problems));
        }

        var payload = CommandJson.Build(definitions, global: guild is null);
        var scope = guild is null ? $"global:{applicationId}" : $"guild:{applicationId}:{guild}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload.ToJsonString())));
        var key = "discord-commands:" + scope;
        if (state.Get(key) == hash)
        {
            DiscordLog.RegistrationUnchanged(logger, scope);
            return;
        }

        try
        {
            await rest.BulkOverwriteCommandsAsync(applicationId, guild, payload, ct);
            state.Set(key, hash);
            DiscordLog.Registered(logger, definitions.Count, scope);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            DiscordLog.RegistrationFailed(logger, ex);
        }
    }
}
