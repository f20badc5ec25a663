using System.Text;
using System.Text.Json.Nodes;
using GovBot.Core.Commands;

namespace GovBot.Discord.Interactions;

/// <summary>
/// Turns a <see cref="CommandReply"/> into a Discord message: one embed inside every limit (cut on a word boundary
/// with "…"), mentions always disabled because quoted text may contain @everyone, and paging buttons when the
/// reply has more fields than one page shows.
/// </summary>
public static class MessageRenderer
{
    public static JsonObject Render(CommandReply reply, int page, string? pagingKey, bool ephemeral)
    {
        var perPage = Math.Clamp(reply.PageSize, 1, DiscordLimits.Fields);
        var pages = Math.Max(1, (int)Math.Ceiling(reply.Fields.Count / (double)perPage));
        page = Math.Clamp(page, 0, pages - 1);
        var fields = reply.Fields.Skip(page * perPage).Take(perPage).ToList();
        var budget = DiscordLimits.EmbedTotal;

        var title = Cut(reply.Title.Length == 0 ? "GovBot" : reply.Title, DiscordLimits.Title);
        budget -= title.Length;
        var footerText = pages > 1 ? $"Page {page + 1} of {pages}" + (reply.Footer is null ? "" : " · " + reply.Footer) : reply.Footer;
        var footer = footerText is null ? null : Cut(footerText, Math.Min(DiscordLimits.Footer, 300));
        budget -= footer?.Length ?? 0;

        var description = new StringBuilder(string.Join("\n", reply.Lines));
        var citations = CitationsOf(reply, fields);
        if (citations.Length > 0)
        {
            description.Append(description.Length > 0 ? "\n\n" : "").Append(citations);
        }

        var renderedFields = new JsonArray();
        var reserveForDescription = Math.Min(description.Length, 1500);
        foreach (var field in fields.Take(DiscordLimits.Fields))
        {
            var name = Cut(field.Name, DiscordLimits.FieldName);
            var value = Cut(field.Value, DiscordLimits.FieldValue);
            if (name.Length + value.Length > budget - reserveForDescription)
            {
                value = Cut(field.Value, Math.Max(20, budget - reserveForDescription - name.Length));
                if (name.Length + value.Length > budget - reserveForDescription)
                {
                    break;
                }
            }

            budget -= name.Length + value.Length;
            renderedFields.Add(new JsonObject { ["name"] = name, ["value"] = value, ["inline"] = false });
        }

        var descriptionText = Cut(description.ToString(), Math.Min(DiscordLimits.Description, Math.Max(0, budget)));
        var embed = new JsonObject { ["title"] = title, ["color"] = ColorOf(reply.Outcome) };
        if (descriptionText.Length > 0)
        {
            embed["description"] = descriptionText;
        }

        if (renderedFields.Count > 0)
        {
            embed["fields"] = renderedFields;
        }

        if (footer is not null)
        {
            embed["footer"] = new JsonObject { ["text"] = footer };
        }

        var message = new JsonObject
        {
            ["embeds"] = new JsonArray(embed),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
            ["components"] = reply.Actions.Count > 0 ? ActionButtons(reply.Actions)
                : pages > 1 && pagingKey is not null ? Buttons(page, pages, pagingKey) : new JsonArray(),
        };
        if (ephemeral)
        {
            message["flags"] = DiscordLimits.Ephemeral;
        }

        return message;
    }

    /// <summary>A short plain message, used for errors and refusals.</summary>
    public static JsonObject Notice(string text, bool ephemeral = true)
    {
        var message = new JsonObject
        {
            ["content"] = Cut(text, 2000),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (ephemeral)
        {
            message["flags"] = DiscordLimits.Ephemeral;
        }

        return message;
    }

    /// <summary>Cuts text to a limit on a word boundary, marking the cut with "…".</summary>
    public static string Cut(string text, int limit)
    {
        text = text.Trim();
        if (text.Length <= limit)
        {
            return text;
        }

        if (limit <= 1)
        {
            return limit == 1 ? "…" : "";
        }

        var space = text.LastIndexOf(' ', limit - 1);
        var cut = space > limit / 2 ? text[..space] : text[..(limit - 1)];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    private static string CitationsOf(CommandReply reply, List<ReplyField> shown)
    {
        // Only the sources of this page's fields: a source of an answer on another page cites something not shown here.
        var citations = reply.CitationsFor(shown);
        var lines = new List<string>();
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            var text = string.Join(", ", new[] { c.Title, c.Source, c.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
            lines.Add(c.Url is null ? $"[{i + 1}] {text}" : $"[{i + 1}] [{Cut(text, 200)}]({c.Url})");
        }

        return lines.Count == 0 ? "" : "**Sources**\n" + string.Join("\n", lines);
    }

    private static JsonArray Buttons(int page, int pages, string key) => new(new JsonObject
    {
        ["type"] = 1,
        ["components"] = new JsonArray(
            Button("◀ Previous", PagingIds.Build(key, page - 1), page == 0),
            Button("Next ▶", PagingIds.Build(key, page + 1), page >= pages - 1)),
    });

    public const string ActionPrefix = "gb:a:";
    public const string ModalPrefix = "gb:m:";

    /// <summary>A form as Discord's modal response (type 9): text inputs inside labels, within Discord's limits.</summary>
    public static JsonObject Modal(ReplyModal modal) => new()
    {
        ["type"] = 9,
        ["data"] = new JsonObject
        {
            ["custom_id"] = ModalPrefix + modal.Id,
            ["title"] = Cut(modal.Title, 45),
            ["components"] = new JsonArray(modal.Fields.Take(5).Select(f => (JsonNode)new JsonObject
            {
                ["type"] = 18,
                ["label"] = Cut(f.Label, 45),
                ["component"] = new JsonObject
                {
                    ["type"] = 4,
                    ["custom_id"] = f.Id,
                    ["style"] = f.Paragraph ? 2 : 1,
                    ["required"] = f.Required,
                    ["max_length"] = Math.Clamp(f.MaxLength, 1, 4000),
                    ["placeholder"] = f.Placeholder is null ? null : Cut(f.Placeholder, 100),
                },
            }).ToArray()),
        },
    };

    private static JsonArray ActionButtons(IReadOnlyList<ReplyAction> actions) => new(new JsonObject
    {
        ["type"] = 1,
        ["components"] = new JsonArray(actions.Take(5).Select(a => (JsonNode)new JsonObject
        {
            ["type"] = 2,
            ["style"] = a.Danger ? 4 : 1,
            ["label"] = Cut(a.Label, DiscordLimits.ButtonLabel),
            ["custom_id"] = ActionPrefix + a.Id,
        }).ToArray()),
    });

    private static JsonObject Button(string label, string customId, bool disabled) => new()
    {
        ["type"] = 2,
        ["style"] = 2,
        ["label"] = label,
        ["custom_id"] = customId,
        ["disabled"] = disabled,
    };

    private static int ColorOf(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answered => 0x2B6CB0,
        ReplyOutcome.NothingFound or ReplyOutcome.Ambiguous => 0xD69E2E,
        _ => 0xC53030,
    };
}
