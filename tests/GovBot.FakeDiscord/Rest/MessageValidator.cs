using System.Globalization;
using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>The message limits Discord enforces with 50035/50006 (doc §5): content, embeds, legacy components, flags and
/// allowed_mentions. A bot that trusts its own truncation gets caught here rather than in production.</summary>
internal static class MessageValidator
{
    private const int ComponentsV2Flag = 1 << 15;
    private const int AllowedMessageFlags = 4 | 64 | 4096 | 8192 | ComponentsV2Flag;

    /// <summary>Null when the message is acceptable, else the error answer. <paramref name="prefix"/> is the field path
    /// of the message inside the body (<c>data</c> for a callback).</summary>
    public static RestResponse? Check(JsonObject? message, string[] prefix, bool mustHaveContent)
    {
        if (message is null)
        {
            return mustHaveContent ? DiscordErrors.EmptyMessage() : null;
        }

        var errors = new FormErrors();
        var content = Text(message["content"]);
        if (content is not null && content.Length > 2000)
        {
            errors.Add([.. prefix, "content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        var flags = message["flags"] is JsonValue f && f.TryGetValue<long>(out var parsed) ? parsed : 0;
        if ((flags & ~AllowedMessageFlags) != 0)
        {
            errors.Add([.. prefix, "flags"], "MESSAGE_FLAGS_INVALID", "Invalid flags: only SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE and IS_COMPONENTS_V2 may be set");
        }

        var embeds = message["embeds"] as JsonArray;
        CheckEmbeds(errors, [.. prefix, "embeds"], embeds);
        var components = message["components"] as JsonArray;
        if ((flags & ComponentsV2Flag) == 0)
        {
            CheckLegacyComponents(errors, [.. prefix, "components"], components);
        }

        CheckAllowedMentions(errors, [.. prefix, "allowed_mentions"], message["allowed_mentions"]);
        if (errors.Any)
        {
            return DiscordErrors.InvalidFormBody(errors.ToJson());
        }

        var empty = string.IsNullOrWhiteSpace(content)
            && embeds is not { Count: > 0 }
            && components is not { Count: > 0 }
            && message["attachments"] is not JsonArray { Count: > 0 }
            && message["poll"] is null;
        return mustHaveContent && empty ? DiscordErrors.EmptyMessage() : null;
    }

    private static void CheckEmbeds(FormErrors errors, string[] path, JsonArray? embeds)
    {
        if (embeds is null)
        {
            return;
        }

        if (embeds.Count > 10)
        {
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            string[] at = [.. path, Index(i)];
            var embed = embeds[i] as JsonObject;
            total += Limit(errors, [.. at, "title"], embed?["title"], 256);
            total += Limit(errors, [.. at, "description"], embed?["description"], 4096);
            total += Limit(errors, [.. at, "footer", "text"], embed?["footer"]?["text"], 2048);
            total += Limit(errors, [.. at, "author", "name"], embed?["author"]?["name"], 256);
            if (embed?["fields"] is JsonArray fields)
            {
                if (fields.Count > 25)
                {
                    errors.Add([.. at, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }

                for (var j = 0; j < fields.Count; j++)
                {
                    total += Limit(errors, [.. at, "fields", Index(j), "name"], fields[j]?["name"], 256);
                    total += Limit(errors, [.. at, "fields", Index(j), "value"], fields[j]?["value"], 1024);
                }
            }
        }

        if (total > 6000)
        {
            errors.Add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
    }

    private static void CheckLegacyComponents(FormErrors errors, string[] path, JsonArray? rows)
    {
        if (rows is null)
        {
            return;
        }

        if (rows.Count > 5)
        {
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        }

        var customIds = new HashSet<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            string[] at = [.. path, Index(i)];
            if (Int(rows[i]?["type"]) != 1 || rows[i]?["components"] is not JsonArray children)
            {
                errors.Add(at, "UNION_TYPE_CHOICES", "Top-level components must be action rows (type 1) with components");
                continue;
            }

            var buttons = children.Count(c => Int(c?["type"]) == 2);
            if (children.Count > 5 || (buttons < children.Count && children.Count != 1))
            {
                errors.Add([.. at, "components"], "BASE_TYPE_MAX_LENGTH", "An action row holds up to 5 buttons or exactly one select menu");
            }

            for (var j = 0; j < children.Count; j++)
            {
                string[] childAt = [.. at, "components", Index(j)];
                var child = children[j] as JsonObject;
                var isLink = Int(child?["style"]) == 5 || child?["url"] is not null;
                var customId = Text(child?["custom_id"]);
                if (!isLink && (customId is null || customId.Length is < 1 or > 100))
                {
                    errors.Add([.. childAt, "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                }
                else if (customId is not null && !customIds.Add(customId))
                {
                    errors.Add([.. childAt, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }

                Limit(errors, [.. childAt, "label"], child?["label"], 80);
                if (child?["options"] is JsonArray { Count: > 25 })
                {
                    errors.Add([.. childAt, "options"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }
            }
        }
    }

    private static void CheckAllowedMentions(FormErrors errors, string[] path, JsonNode? node)
    {
        if (node?["parse"] is not JsonArray parse)
        {
            return;
        }

        foreach (var value in parse)
        {
            if (Text(value) is not ("users" or "roles" or "everyone"))
            {
                errors.Add([.. path, "parse"], "BASE_TYPE_CHOICES", "Value must be one of ('roles', 'users', 'everyone').");
            }
        }
    }

    private static int Limit(FormErrors errors, string[] path, JsonNode? node, int max)
    {
        // Discord trims whitespace before counting.
        var text = Text(node)?.Trim();
        if (text is null)
        {
            return 0;
        }

        if (text.Length > max)
        {
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }

        return text.Length;
    }

    private static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
