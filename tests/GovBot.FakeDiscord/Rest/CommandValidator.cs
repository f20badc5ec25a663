using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Checks a bulk overwrite the way Discord answers it with 50035: names, descriptions, option counts and
/// nesting, choices. Light on purpose: it catches the mistakes a bot makes (uppercase names, long descriptions, more
/// than 25 options), not every rule Discord has.</summary>
internal static partial class CommandValidator
{
    private const int MaxOptions = 25;
    private const int MaxChoices = 25;

    // Discord's CHAT_INPUT rule is ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$; .NET has no \p{sc=…}, so the Unicode
    // blocks stand in for the scripts (doc §4.2).
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChatInputName();

    public static FormErrors Validate(JsonArray commands)
    {
        var errors = new FormErrors();
        var seen = new HashSet<(int, string)>();
        var perType = new Dictionary<int, int>();
        for (var i = 0; i < commands.Count; i++)
        {
            var path = new[] { i.ToString(CultureInfo.InvariantCulture) };
            if (commands[i] is not JsonObject command)
            {
                errors.Add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }

            var type = command["type"] is JsonValue t && t.TryGetValue<int>(out var parsed) ? parsed : command["type"] is null ? 1 : -1;
            if (type is < 1 or > 4)
            {
                errors.Add([.. path, "type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
                continue;
            }

            perType[type] = perType.GetValueOrDefault(type) + 1;
            var name = Text(command["name"]);
            if (name is null)
            {
                errors.Add([.. path, "name"], "BASE_TYPE_REQUIRED", "This field is required");
            }
            else if (type == 1 ? !IsChatInputName(name) : name.Length is < 1 or > 32)
            {
                errors.Add([.. path, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }
            else if (!seen.Add((type, name)))
            {
                errors.Add([.. path, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            }

            var description = Text(command["description"]);
            if (type == 1)
            {
                CheckLength(errors, [.. path, "description"], description, 1, 100);
            }
            else if (!string.IsNullOrEmpty(description))
            {
                errors.Add([.. path, "description"], "APPLICATION_COMMAND_INVALID_DESCRIPTION", "Context menu commands cannot have a description");
            }

            if (command["options"] is { } options)
            {
                if (type != 1)
                {
                    errors.Add([.. path, "options"], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Only chat input commands have options");
                }
                else
                {
                    ValidateOptions(errors, [.. path, "options"], options, parentType: 0);
                }
            }

            if (command["default_member_permissions"] is { } permissions
                && (Text(permissions) is not { } bits || !ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                errors.Add([.. path, "default_member_permissions"], "BASE_TYPE_BAD_INTEGER", "Must be a string of a permissions integer, or null");
            }
            else if (command["default_member_permissions"] is not null)
            {
                // Stricter than Discord on purpose: a command hidden behind member permissions must also be kept out of
                // DMs and user installs, where no member permissions exist (doc §4: contexts, integration_types).
                CheckGuildOnly(errors, [.. path, "contexts"], command["contexts"]);
                CheckGuildOnly(errors, [.. path, "integration_types"], command["integration_types"]);
            }
        }

        if (perType.GetValueOrDefault(1) > 100 || perType.GetValueOrDefault(2) > 15 || perType.GetValueOrDefault(3) > 15)
        {
            errors.Add([], "APPLICATION_COMMANDS_TOO_MANY", "Maximum number of application commands reached (100 chat input, 15 user, 15 message)");
        }

        return errors;
    }

    private static void CheckGuildOnly(FormErrors errors, string[] path, JsonNode? values)
    {
        if (values is not JsonArray array || array.Count != 1 || array[0] is not JsonValue only || !only.TryGetValue<int>(out var value) || value != 0)
        {
            errors.Add(path, "GUILD_ONLY_REQUIRED", "A command with default_member_permissions must be limited to [0] (guilds only)");
        }
    }

    private static void ValidateOptions(FormErrors errors, string[] path, JsonNode node, int parentType)
    {
        if (node is not JsonArray options)
        {
            errors.Add(path, "BASE_TYPE_LIST", "Must be a list");
            return;
        }

        if (options.Count > MaxOptions)
        {
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {MaxOptions} or fewer in length.");
        }

        var names = new HashSet<string>();
        var optionalSeen = false;
        var kinds = new HashSet<bool>();
        for (var i = 0; i < options.Count; i++)
        {
            string[] at = [.. path, i.ToString(CultureInfo.InvariantCulture)];
            if (options[i] is not JsonObject option)
            {
                errors.Add(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }

            var type = option["type"] is JsonValue t && t.TryGetValue<int>(out var parsed) ? parsed : -1;
            if (type is < 1 or > 11)
            {
                errors.Add([.. at, "type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.");
                continue;
            }

            var isSubcommand = type is 1 or 2;
            kinds.Add(isSubcommand);
            if ((parentType == 2 && type != 1) || (parentType == 1 && isSubcommand))
            {
                errors.Add([.. at, "type"], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types");
            }

            var name = Text(option["name"]);
            if (name is null || !IsChatInputName(name))
            {
                errors.Add([.. at, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }
            else if (!names.Add(name))
            {
                errors.Add([.. at, "name"], "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", "Option names must be unique");
            }

            CheckLength(errors, [.. at, "description"], Text(option["description"]), 1, 100);
            var required = option["required"] is JsonValue r && r.TryGetValue<bool>(out var isRequired) && isRequired;
            if (required && optionalSeen)
            {
                errors.Add([.. at, "required"], "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            optionalSeen |= !required;
            ValidateChoices(errors, at, option, type);
            if (option["options"] is { } nested)
            {
                if (isSubcommand)
                {
                    ValidateOptions(errors, [.. at, "options"], nested, type);
                }
                else
                {
                    errors.Add([.. at, "options"], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Only sub-commands and groups have options");
                }
            }
        }

        if (kinds.Count > 1)
        {
            errors.Add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types");
        }
    }

    private static void ValidateChoices(FormErrors errors, string[] at, JsonObject option, int type)
    {
        if (option["choices"] is not { } node)
        {
            return;
        }

        if (type is not (3 or 4 or 10) || node is not JsonArray choices)
        {
            errors.Add([.. at, "choices"], "APPLICATION_COMMAND_OPTION_CHOICES_TYPE_INVALID", "Only string, integer and number options have choices");
            return;
        }

        if (choices.Count > MaxChoices)
        {
            errors.Add([.. at, "choices"], "BASE_TYPE_MAX_LENGTH", $"Must be {MaxChoices} or fewer in length.");
        }

        if (choices.Count > 0 && option["autocomplete"] is JsonValue a && a.TryGetValue<bool>(out var autocomplete) && autocomplete)
        {
            errors.Add([.. at, "autocomplete"], "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", "Autocomplete cannot be set with choices");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            string[] choiceAt = [.. at, "choices", i.ToString(CultureInfo.InvariantCulture)];
            CheckLength(errors, [.. choiceAt, "name"], Text(choices[i]?["name"]), 1, 100);
            var value = choices[i]?["value"] as JsonValue;
            var valid = type == 3 ? value is not null && value.TryGetValue<string>(out var s) && s.Length is >= 1 and <= 100 : value is not null && value.TryGetValue<double>(out _);
            if (!valid)
            {
                errors.Add([.. choiceAt, "value"], "BASE_TYPE_BAD_TYPE", type == 3 ? "Must be a string of 1 to 100 characters." : "Must be a number.");
            }
        }
    }

    private static void CheckLength(FormErrors errors, string[] path, string? value, int min, int max)
    {
        if (value is null)
        {
            errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
        }
        else if (value.Length < min || value.Length > max)
        {
            errors.Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
        }
    }

    private static bool IsChatInputName(string name) =>
        ChatInputName().IsMatch(name) && name == name.ToLowerInvariant();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
