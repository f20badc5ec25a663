using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovBot.Core.Commands;

namespace GovBot.Discord.Interactions;

/// <summary>Command definitions as Discord's bulk-overwrite payload, and the rules Discord applies to them.</summary>
public static partial class CommandJson
{
    public static JsonArray Build(IEnumerable<CommandDefinition> definitions, bool global) =>
        new(definitions.Select(d => (JsonNode)Command(d, global)).ToArray());

    public static JsonObject Command(CommandDefinition definition, bool global)
    {
        var command = new JsonObject
        {
            ["name"] = definition.Name,
            ["type"] = 1,
            ["description"] = definition.Description,
            ["options"] = new JsonArray(definition.Options.Select(o => (JsonNode)Option(o)).ToArray()),
            // Moderator commands are hidden from members without Manage Server (bit 5); the dispatcher checks again.
            ["default_member_permissions"] = definition.ModeratorOnly ? "32" : null,
            ["nsfw"] = false,
        };
        if (definition.ModeratorOnly)
        {
            // Moderator commands are for servers only, wherever they are registered: never offered in DMs or private
            // channels, where no member permissions exist to hide them behind.
            command["contexts"] = new JsonArray(0);
            command["integration_types"] = new JsonArray(0);
        }
        else if (global)
        {
            // Lookups work in servers, in DMs with the bot, and in private channels.
            command["contexts"] = new JsonArray(0, 1, 2);
            command["integration_types"] = new JsonArray(0);
        }

        return command;
    }

    private static JsonObject Option(CommandOption option)
    {
        var json = new JsonObject
        {
            ["type"] = (int)option.Type,
            ["name"] = option.Name,
            ["description"] = option.Description,
        };
        if (option.Type == CommandOptionType.Subcommand)
        {
            json["options"] = new JsonArray(option.Options.Select(o => (JsonNode)Option(o)).ToArray());
            return json;
        }

        json["required"] = option.Required;
        if (option.Autocomplete)
        {
            json["autocomplete"] = true;
        }

        if (option.MaxLength is { } max)
        {
            json["max_length"] = max;
        }

        if (option.MinValue is { } min)
        {
            json["min_value"] = min;
        }

        if (option.MaxValue is { } maxValue)
        {
            json["max_value"] = maxValue;
        }

        if (option.Choices.Count > 0)
        {
            json["choices"] = new JsonArray(option.Choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = c.Value }).ToArray());
        }

        return json;
    }

    /// <summary>Every rule of Discord's that a definition breaks, in words; empty when Discord will accept it.</summary>
    public static IReadOnlyList<string> Problems(CommandDefinition definition)
    {
        var problems = new List<string>();
        CheckName(definition.Name, "command", problems);
        CheckLength(definition.Description, 1, 100, $"{definition.Name}: description", problems);

        var total = definition.Name.Length + definition.Description.Length;
        total += CheckOptions(definition.Name, definition.Options, problems);
        if (total > 8000)
        {
            problems.Add($"{definition.Name}: more than 8000 characters in all");
        }

        return problems;
    }

    private static int CheckOptions(string owner, IReadOnlyList<CommandOption> options, List<string> problems)
    {
        var definition = (Name: owner, Options: options);
        var seenOptional = false;
        var total = 0;
        if (options.Count > 25)
        {
            problems.Add($"{owner}: more than 25 options");
        }

        foreach (var option in definition.Options)
        {
            if (option.Type == CommandOptionType.Subcommand)
            {
                CheckName(option.Name, $"{owner}.{option.Name}", problems);
                CheckLength(option.Description, 1, 100, $"{owner}.{option.Name}: description", problems);
                total += option.Name.Length + option.Description.Length + CheckOptions($"{owner}.{option.Name}", option.Options, problems);
                continue;
            }

            CheckName(option.Name, $"{definition.Name}.{option.Name}", problems);
            CheckLength(option.Description, 1, 100, $"{definition.Name}.{option.Name}: description", problems);
            if (option.Required && seenOptional)
            {
                problems.Add($"{definition.Name}.{option.Name}: a required option after an optional one");
            }

            seenOptional |= !option.Required;
            if (option.Choices.Count > 25)
            {
                problems.Add($"{definition.Name}.{option.Name}: more than 25 choices");
            }

            if (option.Autocomplete && option.Choices.Count > 0)
            {
                problems.Add($"{definition.Name}.{option.Name}: autocomplete together with choices");
            }

            if (option.MaxLength is < 1 or > 6000)
            {
                problems.Add($"{definition.Name}.{option.Name}: max_length outside 1–6000");
            }

            foreach (var choice in option.Choices)
            {
                CheckLength(choice.Name, 1, 100, $"{definition.Name}.{option.Name}: choice name", problems);
                CheckLength(choice.Value, 1, 100, $"{definition.Name}.{option.Name}: choice value", problems);
                total += choice.Name.Length + choice.Value.Length;
            }

            total += option.Name.Length + option.Description.Length;
        }

        if (definition.Options.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() != definition.Options.Count)
        {
            problems.Add($"{definition.Name}: option names repeat");
        }

        return total;
    }

    private static void CheckName(string name, string what, List<string> problems)
    {
        if (!NamePattern().IsMatch(name) || name != name.ToLowerInvariant())
        {
            problems.Add($"{what}: name “{name}” must be 1–32 lower-case letters, digits, - _ or '");
        }
    }

    private static void CheckLength(string text, int min, int max, string what, List<string> problems)
    {
        if (text.Length < min || text.Length > max)
        {
            problems.Add($"{what} must be {min}–{max} characters");
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
