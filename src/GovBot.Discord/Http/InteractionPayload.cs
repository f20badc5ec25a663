using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GovBot.Discord.Interactions;

namespace GovBot.Discord.Http;

/// <summary>
/// Turns a signed body into an <see cref="Interaction"/>, or says in a few words safe to log (field names, never
/// values) why it cannot be one. A signature proves who sent the bytes, not that they are well formed.
/// </summary>
internal static class InteractionPayload
{
    public static bool TryRead(ReadOnlyMemory<byte> json, [NotNullWhen(true)] out Interaction? interaction, [NotNullWhen(false)] out string? problem)
    {
        interaction = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            problem = ShapeProblem(document.RootElement);
            if (problem is null)
            {
                interaction = InteractionParser.Parse(document.RootElement);
                return true;
            }
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine})";
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or OverflowException or ArgumentException)
        {
            // The parser's own reads (options, resolved data, member) met a value of the wrong kind or size.
            problem = $"a nested field has the wrong type or an out-of-range value ({ex.GetType().Name})";
        }

        return false;
    }

    /// <summary>The fields every interaction needs, checked before the parser relies on them.</summary>
    private static string? ShapeProblem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"the payload is a JSON {root.ValueKind}, not an object";
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out _))
        {
            return "field \"type\" is missing, not a number or out of range";
        }

        foreach (var field in new[] { "id", "token" })
        {
            if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 })
            {
                return $"field \"{field}\" is missing or not a non-empty string";
            }
        }

        if (root.TryGetProperty("application_id", out var app) && app.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "field \"application_id\" is not a string";
        }

        return null;
    }
}
