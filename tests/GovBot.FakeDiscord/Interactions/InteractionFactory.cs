using System.Globalization;
using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Interactions;

/// <summary>Builds interaction objects shaped like Discord's (doc §2.1): a guild member with every permission, guild and
/// channel partials, locale, context and integration owners. id, application_id, token and version are filled in
/// when the interaction is dispatched.</summary>
internal static class InteractionFactory
{
    public const string GuildId = "1200000000000000001";
    public const string ChannelId = "1200000000000000002";
    public const string UserId = "1200000000000000003";
    public const string DmChannelId = "1200000000000000004";
    private const string DefaultApplicationId = "1000000000000000001";

    public static JsonObject SlashCommand(string name, (string Name, object Value)[] options)
    {
        var data = new JsonObject { ["id"] = Snowflake.Next(), ["name"] = name, ["type"] = 1 };
        if (options.Length > 0)
        {
            data["options"] = Options(options);
        }

        return InGuild(2, data);
    }

    public static JsonObject Autocomplete(string name, string focusedOption, string typed, (string Name, object Value)[] other)
    {
        var options = Options(other);
        options.Add(new JsonObject { ["name"] = focusedOption, ["type"] = 3, ["value"] = typed, ["focused"] = true });
        return InGuild(4, new JsonObject { ["id"] = Snowflake.Next(), ["name"] = name, ["type"] = 1, ["options"] = options });
    }

    public static JsonObject Button(string customId, JsonObject? message)
    {
        var interaction = InGuild(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });
        interaction["message"] = message?.DeepClone() ?? SourceMessage(customId);
        return interaction;
    }

    public static JsonObject Ping() => new() { ["type"] = 1 };

    public static JsonObject Subcommand((string Name, object Value)[] options)
    {
        var subcommand = new JsonObject { ["type"] = 1 };
        if (options.Length > 0)
        {
            subcommand["options"] = Options(options);
        }

        return subcommand;
    }

    public static JsonObject DirectMessage(JsonObject interaction)
    {
        var dm = (JsonObject)interaction.DeepClone();
        var user = dm["member"]?["user"]?.DeepClone() ?? User();
        dm.Remove("member");
        dm.Remove("guild_id");
        dm.Remove("guild");
        dm.Remove("guild_locale");
        (dm["data"] as JsonObject)?.Remove("guild_id");
        dm["user"] = user;
        dm["channel_id"] = DmChannelId;
        dm["channel"] = new JsonObject { ["id"] = DmChannelId, ["type"] = 1, ["flags"] = 0, ["recipients"] = new JsonArray(user.DeepClone()) };
        dm["context"] = 1;
        dm["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
        return dm;
    }

    private static JsonObject InGuild(int type, JsonObject data) => new()
    {
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["guild"] = new JsonObject { ["id"] = GuildId, ["locale"] = "en-US", ["features"] = new JsonArray() },
        ["channel_id"] = ChannelId,
        ["channel"] = new JsonObject
        {
            ["id"] = ChannelId, ["type"] = 0, ["name"] = "general", ["guild_id"] = GuildId, ["flags"] = 0, ["nsfw"] = false,
            ["permissions"] = "2147483647",
        },
        ["member"] = new JsonObject
        {
            ["user"] = User(),
            ["roles"] = new JsonArray(),
            ["joined_at"] = "2024-01-01T00:00:00.000000+00:00",
            ["premium_since"] = null,
            ["nick"] = null,
            ["avatar"] = null,
            ["deaf"] = false,
            ["mute"] = false,
            ["pending"] = false,
            ["flags"] = 0,
            ["communication_disabled_until"] = null,
            ["permissions"] = "2147483647",
        },
        ["app_permissions"] = "2248473465835073",
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
        ["context"] = 0,
        ["attachment_size_limit"] = 10485760,
    };

    private static JsonObject User() => new()
    {
        ["id"] = UserId,
        ["username"] = "alice",
        ["global_name"] = "Alice",
        ["discriminator"] = "0",
        ["avatar"] = null,
        ["public_flags"] = 0,
    };

    private static JsonArray Options((string Name, object Value)[] options)
    {
        var array = new JsonArray();
        foreach (var (name, value) in options)
        {
            array.Add(Option(name, value));
        }

        return array;
    }

    private static JsonObject Option(string name, object value)
    {
        if (value is JsonObject nested)
        {
            // A prepared option such as Subcommand(...): it keeps its own type and options.
            var option = new JsonObject { ["name"] = name };
            foreach (var (key, child) in nested)
            {
                option[key] = child?.DeepClone();
            }

            return option;
        }

        var (type, json) = value switch
        {
            string s => (3, (JsonNode)JsonValue.Create(s)),
            bool b => (5, JsonValue.Create(b)),
            int or long or short or byte or uint => (4, JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture))),
            double or float or decimal => (10, JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture))),
            _ => throw new ArgumentException($"Option '{name}': use a string, bool, integer, number or JsonObject, not {value.GetType().Name}.", nameof(value)),
        };
        return new JsonObject { ["name"] = name, ["type"] = type, ["value"] = json };
    }

    private static JsonObject SourceMessage(string customId) => new()
    {
        ["id"] = Snowflake.Next(),
        ["type"] = 20,
        ["channel_id"] = ChannelId,
        ["content"] = "",
        ["embeds"] = new JsonArray(),
        ["components"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "More", ["custom_id"] = customId }),
        }),
        ["attachments"] = new JsonArray(),
        ["flags"] = 0,
        ["author"] = new JsonObject { ["id"] = DefaultApplicationId, ["username"] = "GovBot", ["discriminator"] = "0", ["bot"] = true, ["avatar"] = null },
        ["application_id"] = DefaultApplicationId,
        ["webhook_id"] = DefaultApplicationId,
        ["timestamp"] = "2024-01-01T00:00:00.000000+00:00",
    };
}
