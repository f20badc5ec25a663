using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Gateway;

namespace GovBot.FakeDiscord.Rest;

/// <summary><c>/gateway</c>, <c>/gateway/bot</c> (where to connect and how many identifies are left), and the bot's own
/// application and user.</summary>
internal sealed class GatewayInfoRoutes(FakeDiscordState state, long startedAt)
{
    public IEnumerable<RestRoute> Routes() =>
    [
        new("GET", "/gateway", botAuth: false, null, _ => RestResponse.Ok(new JsonObject { ["url"] = state.GatewayUrl })),
        new("GET", "/gateway/bot", botAuth: true, null, _ => GatewayBot()),
        new("GET", "/applications/@me", botAuth: true, null, _ => Application()),
        new("GET", "/users/@me", botAuth: true, null, _ => RestResponse.Ok(GatewayPayloads.BotUser(state.Options))),
    ];

    private RestResponse GatewayBot()
    {
        int remaining;
        lock (state.Gate)
        {
            remaining = Math.Max(0, state.Options.IdentifyBudget - state.AcceptedIdentifies);
        }

        var day = TimeSpan.FromDays(1);
        var elapsed = state.Clock.GetElapsedTime(startedAt);
        var resetAfter = day - TimeSpan.FromTicks(elapsed.Ticks % day.Ticks);
        return RestResponse.Ok(new JsonObject
        {
            ["url"] = state.GatewayUrl,
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000,
                ["remaining"] = remaining,
                ["reset_after"] = (long)resetAfter.TotalMilliseconds,
                ["max_concurrency"] = 1,
            },
        });
    }

    private RestResponse Application() => RestResponse.Ok(new JsonObject
    {
        ["id"] = state.Options.ApplicationId,
        ["name"] = "GovBot",
        ["description"] = "",
        ["icon"] = null,
        ["bot_public"] = true,
        ["bot_require_code_grant"] = false,
        ["verify_key"] = state.PublicKeyHex,
        ["flags"] = 0,
        ["bot"] = GatewayPayloads.BotUser(state.Options),
    });
}
