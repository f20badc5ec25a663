using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Gateway;

/// <summary>The JSON the fake sends over the gateway, in the v10 envelope <c>{op, d, s, t}</c>.</summary>
internal static class GatewayPayloads
{
    public static string Hello(int heartbeatIntervalMs) =>
        Envelope(10, new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs, ["_trace"] = new JsonArray("[\"fake-discord-gateway\"]") });

    public static string HeartbeatAck() => Envelope(11, null);

    public static string HeartbeatRequest() => Envelope(1, null);

    public static string Reconnect() => Envelope(7, null);

    public static string InvalidSession(bool resumable) => Envelope(9, JsonValue.Create(resumable));

    public static string Dispatch(string eventName, int seq, JsonNode? data) =>
        new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = seq, ["t"] = eventName }.ToJsonString();

    public static JsonObject Ready(FakeDiscordState state, string sessionId, JsonArray shard) => new()
    {
        ["v"] = 10,
        ["user"] = BotUser(state.Options),
        ["guilds"] = new JsonArray(),
        ["session_id"] = sessionId,
        ["session_type"] = "normal",
        ["resume_gateway_url"] = state.ResumeGatewayUrl,
        ["shard"] = shard,
        ["application"] = new JsonObject { ["id"] = state.Options.ApplicationId, ["flags"] = 0 },
        ["private_channels"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["relationships"] = new JsonArray(),
        ["guild_join_requests"] = new JsonArray(),
        ["geo_ordered_rtc_regions"] = new JsonArray("us-east", "us-central"),
        ["auth"] = new JsonObject(),
        ["user_settings"] = new JsonObject(),
        ["_trace"] = new JsonArray("[\"fake-discord-gateway\"]"),
    };

    public static JsonObject BotUser(FakeDiscordOptions options) => new()
    {
        ["id"] = options.ApplicationId,
        ["username"] = "GovBot",
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
        ["flags"] = 0,
        ["verified"] = true,
        ["mfa_enabled"] = false,
    };

    private static string Envelope(int op, JsonNode? data) =>
        new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null }.ToJsonString();
}
