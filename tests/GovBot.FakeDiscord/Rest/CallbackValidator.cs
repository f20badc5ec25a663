using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Which callback types fit which interaction types, and the shape of each callback's data (doc §2.3).</summary>
internal static class CallbackValidator
{
    public static RestResponse? Check(int interactionType, JsonObject body)
    {
        var type = body["type"] is JsonValue t && t.TryGetValue<int>(out var parsed) ? parsed : -1;
        if (type is not (1 or 4 or 5 or 6 or 7 or 8 or 9))
        {
            return DiscordErrors.InvalidFormBody(new FormErrors().Add(["type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9}.").ToJson());
        }

        var fits = type switch
        {
            1 => interactionType == 1,
            4 or 5 => interactionType is 2 or 3 or 5,
            6 or 7 => interactionType is 3 or 5,
            8 => interactionType == 4,
            _ => interactionType is 2 or 3,
        };
        if (!fits)
        {
            return DiscordErrors.InvalidFormBody(new FormErrors()
                .Add(["type"], "INTERACTION_RESPONSE_TYPE_INVALID", $"Callback type {type} cannot answer an interaction of type {interactionType}").ToJson());
        }

        var data = body["data"] as JsonObject;
        return type switch
        {
            4 => MessageValidator.Check(data, ["data"], mustHaveContent: true),
            7 => MessageValidator.Check(data, ["data"], mustHaveContent: false),
            5 => DeferFlags(data),
            8 => Choices(data),
            9 => Modal(data),
            _ => null,
        };
    }

    private static RestResponse? DeferFlags(JsonObject? data)
    {
        var flags = data?["flags"] is JsonValue f && f.TryGetValue<long>(out var parsed) ? parsed : 0;
        return (flags & ~64L) == 0
            ? null
            : DiscordErrors.InvalidFormBody(new FormErrors().Add(["data", "flags"], "MESSAGE_FLAGS_INVALID", "Only EPHEMERAL (64) may be set on a deferred response").ToJson());
    }

    private static RestResponse? Choices(JsonObject? data)
    {
        var errors = new FormErrors();
        if (data?["choices"] is not JsonArray choices)
        {
            errors.Add(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required");
        }
        else
        {
            if (choices.Count > 25)
            {
                errors.Add(["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            }

            for (var i = 0; i < choices.Count; i++)
            {
                var name = choices[i]?["name"] is JsonValue n && n.TryGetValue<string>(out var text) ? text : null;
                if (name is null || name.Length is < 1 or > 100)
                {
                    errors.Add(["data", "choices", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                }

                if (choices[i]?["value"] is not JsonValue)
                {
                    errors.Add(["data", "choices", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "value"], "BASE_TYPE_REQUIRED", "This field is required");
                }
            }
        }

        return errors.Any ? DiscordErrors.InvalidFormBody(errors.ToJson()) : null;
    }

    private static RestResponse? Modal(JsonObject? data)
    {
        var errors = new FormErrors();
        var customId = data?["custom_id"] is JsonValue c && c.TryGetValue<string>(out var id) ? id : null;
        if (customId is null || customId.Length is < 1 or > 100)
        {
            errors.Add(["data", "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        var title = data?["title"] is JsonValue t && t.TryGetValue<string>(out var text) ? text : null;
        if (title is null || title.Length is < 1 or > 45)
        {
            errors.Add(["data", "title"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
        }

        if (data?["components"] is not JsonArray { Count: >= 1 and <= 5 })
        {
            errors.Add(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
        }

        return errors.Any ? DiscordErrors.InvalidFormBody(errors.ToJson()) : null;
    }
}
