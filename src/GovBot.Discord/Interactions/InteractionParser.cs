using System.Globalization;
using System.Text.Json;

namespace GovBot.Discord.Interactions;

/// <summary>Reads the fields GovBot uses from an interaction payload; nested subcommand options are flattened.</summary>
public static class InteractionParser
{
    public static Interaction Parse(JsonElement d)
    {
        var kind = (InteractionKind)d.GetProperty("type").GetInt32();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? focused = null;
        string? name = null;
        string? customId = null;
        if (d.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            name = data.TryGetProperty("name", out var n) ? n.GetString() : null;
            customId = data.TryGetProperty("custom_id", out var c) ? c.GetString() : null;
            if (data.TryGetProperty("options", out var list))
            {
                Flatten(list, options, ref focused);
            }

            if (kind == InteractionKind.ModalSubmit && data.TryGetProperty("components", out var fields))
            {
                CollectInputs(fields, options);
            }

            // An attachment option's value is an id; the file itself is described in resolved data.
            if (data.TryGetProperty("resolved", out var resolved) && resolved.TryGetProperty("attachments", out var attachments))
            {
                foreach (var (option, value) in options.ToList())
                {
                    if (attachments.TryGetProperty(value, out var attachment) && attachment.TryGetProperty("url", out var url))
                    {
                        options[option] = url.GetString() ?? "";
                        options[option + ".filename"] = attachment.TryGetProperty("filename", out var f) ? f.GetString() ?? "" : "";
                        options[option + ".size"] = attachment.TryGetProperty("size", out var z) ? z.GetRawText() : "0";
                    }
                }
            }
        }

        var user = d.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var mu) ? mu
            : d.TryGetProperty("user", out var u) ? u : default;
        return new Interaction(
            d.GetProperty("id").GetString()!,
            d.GetProperty("token").GetString()!,
            d.TryGetProperty("application_id", out var app) ? app.GetString() ?? "" : "",
            kind,
            name,
            options,
            focused,
            customId,
            d.TryGetProperty("guild_id", out var g) ? g.GetString() : null,
            d.TryGetProperty("channel_id", out var ch) ? ch.GetString() : null,
            user.ValueKind == JsonValueKind.Object && user.TryGetProperty("id", out var uid) ? uid.GetString() : null)
        {
            Permissions = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("permissions", out var p) &&
                          ulong.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0,
            RoleIds = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
                ? roles.EnumerateArray().Select(r => r.GetString() ?? "").Where(r => r.Length > 0).ToList()
                : [],
        };
    }

    /// <summary>Text inputs of a submitted modal, inside action rows (legacy) or labels (current).</summary>
    private static void CollectInputs(JsonElement node, Dictionary<string, string> values)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                CollectInputs(item, values);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("custom_id", out var id) && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            values[id.GetString() ?? ""] = value.GetString() ?? "";
        }

        if (node.TryGetProperty("components", out var children))
        {
            CollectInputs(children, values);
        }

        if (node.TryGetProperty("component", out var child))
        {
            CollectInputs(child, values);
        }
    }

    private static void Flatten(JsonElement list, Dictionary<string, string> options, ref string? focused)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var option in list.EnumerateArray())
        {
            var name = option.GetProperty("name").GetString()!;
            if (option.TryGetProperty("options", out var nested) || (option.TryGetProperty("type", out var t) && t.GetInt32() is 1 or 2))
            {
                if (option.TryGetProperty("type", out var kind) && kind.GetInt32() == 1)
                {
                    options[Core.Commands.CommandInput.SubcommandKey] = name;
                }

                if (nested.ValueKind == JsonValueKind.Array)
                {
                    Flatten(nested, options, ref focused);
                }

                continue;
            }

            if (option.TryGetProperty("value", out var value))
            {
                options[name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString() ?? "",
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetRawText(),
                };
            }

            if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
            {
                focused = name;
            }
        }

    }
}
