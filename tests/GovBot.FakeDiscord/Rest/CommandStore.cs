using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>The registered command lists, global and per guild. A bulk overwrite keeps the id of a command whose name and
/// type already existed, as Discord does, and gives every command of the new list a new version.</summary>
internal sealed class CommandStore
{
    private readonly Dictionary<string, List<JsonObject>> _scopes = [];

    public JsonArray List(string applicationId, string? guildId)
    {
        lock (_scopes)
        {
            return [.. Scope(guildId).Select(c => c.DeepClone())];
        }
    }

    public JsonArray Overwrite(string applicationId, string? guildId, JsonArray sent)
    {
        lock (_scopes)
        {
            var previous = Scope(guildId).ToDictionary(c => ((int)c["type"]!, (string)c["name"]!), c => (string)c["id"]!);
            var stored = new List<JsonObject>();
            foreach (var node in sent)
            {
                var command = (JsonObject)node!.DeepClone();
                var type = command["type"] is null ? 1 : (int)command["type"]!;
                var name = (string)command["name"]!;
                command["id"] = previous.TryGetValue((type, name), out var id) ? id : Snowflake.Next();
                command["application_id"] = applicationId;
                command["version"] = Snowflake.Next();
                command["type"] = type;
                command["guild_id"] = guildId;
                command["description"] ??= "";
                command["default_member_permissions"] ??= null;
                command["nsfw"] ??= false;
                if (guildId is null)
                {
                    command["contexts"] ??= null;
                    command["integration_types"] ??= new JsonArray(0);
                }
                else
                {
                    command.Remove("contexts");
                    command.Remove("integration_types");
                }

                stored.Add(command);
            }

            _scopes[guildId ?? ""] = stored;
            return [.. stored.Select(c => c.DeepClone())];
        }
    }

    private List<JsonObject> Scope(string? guildId) => _scopes.GetValueOrDefault(guildId ?? "") ?? [];
}
