using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Global and guild command lists: <c>GET</c> and the bulk-overwrite <c>PUT</c>.</summary>
internal sealed class CommandRoutes(FakeDiscordState state)
{
    public IEnumerable<RestRoute> Routes() =>
    [
        new("GET", "/applications/{app}/commands", botAuth: true, "app", r => List(r, guildId: null)),
        new("PUT", "/applications/{app}/commands", botAuth: true, "app", r => Overwrite(r, guildId: null)),
        new("GET", "/applications/{app}/guilds/{guild}/commands", botAuth: true, "guild", r => List(r, r["guild"])),
        new("PUT", "/applications/{app}/guilds/{guild}/commands", botAuth: true, "guild", r => Overwrite(r, r["guild"])),
    ];

    private RestResponse List(RestRequest request, string? guildId) =>
        request["app"] != state.Options.ApplicationId
            ? DiscordErrors.MissingAccess()
            : RestResponse.Ok(state.Commands.List(request["app"], guildId));

    private RestResponse Overwrite(RestRequest request, string? guildId)
    {
        if (request["app"] != state.Options.ApplicationId)
        {
            return DiscordErrors.MissingAccess();
        }

        var body = request.TryParseBody();
        if (body is null)
        {
            return string.IsNullOrWhiteSpace(request.Body) ? DiscordErrors.InvalidFormBody("LIST_TYPE_CONVERT", "Only iterables may be used in a ListType") : DiscordErrors.InvalidJson();
        }

        if (body is not JsonArray commands)
        {
            return DiscordErrors.InvalidFormBody("LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
        }

        var errors = CommandValidator.Validate(commands);
        if (errors.Any)
        {
            return DiscordErrors.InvalidFormBody(errors.ToJson());
        }

        var stored = state.Commands.Overwrite(request["app"], guildId, commands);
        lock (state.Gate)
        {
            state.Registrations.Add(new RegisteredCommands(guildId, JsonSerializer.Deserialize<JsonElement>(request.Body), request.ReceivedAt));
            state.Waiters.Notify();
        }

        return RestResponse.Ok(stored);
    }
}
