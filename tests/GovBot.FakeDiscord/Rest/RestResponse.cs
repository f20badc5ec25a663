using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>What a route answers: a status, an optional JSON body and extra headers.</summary>
internal sealed record RestResponse(int Status, JsonNode? Body)
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static RestResponse Ok(JsonNode body) => new(200, body);

    public static RestResponse NoContent() => new(204, null);
}
