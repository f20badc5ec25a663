using System.Globalization;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Gateway;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Message objects as Discord returns them for interaction responses and followups.</summary>
internal static class MessageFactory
{
    private const int EphemeralFlag = 64;
    private const int LoadingFlag = 128;

    /// <summary>The response message a callback creates: its data for type 4/7, an empty "thinking…" message for a type 5
    /// defer, the component's message for a type 6 deferred update.</summary>
    public static JsonObject? FromCallback(FakeDiscordState state, InteractionHandle interaction, int callbackType, JsonObject? data)
    {
        var payload = interaction.RawPayload;
        switch (callbackType)
        {
            case 4:
                return Create(state, payload, data, interaction.Type == 2 ? 20 : 19);
            case 5:
                var deferred = Create(state, payload, null, 20);
                var ephemeral = Flags(data) & EphemeralFlag;
                deferred["flags"] = LoadingFlag | ephemeral;
                return deferred;
            case 6 or 7:
                var source = payload["message"] is JsonObject message ? (JsonObject)message.DeepClone() : Create(state, payload, null, 0);
                if (callbackType == 7 && data is not null)
                {
                    Merge(source, data);
                }

                return source;
            default:
                return null;
        }
    }

    public static JsonObject Followup(FakeDiscordState state, InteractionHandle interaction, JsonObject data) =>
        Create(state, interaction.RawPayload, data, 0);

    /// <summary>Applies an edit: the fields sent replace the message's, and a finished defer loses its loading flag.</summary>
    public static void Merge(JsonObject message, JsonObject edit)
    {
        foreach (var (key, value) in edit)
        {
            if (key is "content" or "embeds" or "components" or "attachments" or "poll" or "flags")
            {
                message[key] = value?.DeepClone();
            }
        }

        message["flags"] = Flags(message) & ~LoadingFlag;
        message["edited_timestamp"] = Timestamp(DateTimeOffset.UtcNow);
    }

    private static JsonObject Create(FakeDiscordState state, JsonObject interaction, JsonObject? data, int type)
    {
        var user = interaction["member"]?["user"] ?? interaction["user"];
        return new JsonObject
        {
            ["id"] = Snowflake.Next(),
            ["type"] = type,
            ["channel_id"] = interaction["channel_id"]?.DeepClone() ?? interaction["channel"]?["id"]?.DeepClone(),
            ["content"] = data?["content"]?.DeepClone() ?? "",
            ["embeds"] = data?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = data?["components"]?.DeepClone() ?? new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["pinned"] = false,
            ["tts"] = data?["tts"]?.DeepClone() ?? false,
            ["flags"] = Flags(data) & ~LoadingFlag,
            ["author"] = GatewayPayloads.BotUser(state.Options),
            ["timestamp"] = Timestamp(DateTimeOffset.UtcNow),
            ["edited_timestamp"] = null,
            ["webhook_id"] = state.Options.ApplicationId,
            ["application_id"] = state.Options.ApplicationId,
            ["interaction_metadata"] = new JsonObject
            {
                ["id"] = interaction["id"]?.DeepClone(),
                ["type"] = interaction["type"]?.DeepClone(),
                ["user"] = user?.DeepClone(),
                ["authorizing_integration_owners"] = interaction["authorizing_integration_owners"]?.DeepClone() ?? new JsonObject(),
            },
        };
    }

    private static long Flags(JsonObject? data) =>
        data?["flags"] is JsonValue value && value.TryGetValue<long>(out var flags) ? flags : 0;

    private static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
}
