using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GovBot.FakeDiscord.Rest;

/// <summary>A REST request as a route handler sees it: the path without <c>/api/v10</c>, the route's parameters, the raw
/// body, and when it arrived (a clock timestamp taken before the body was read, for precise interaction timings).</summary>
internal sealed record RestRequest(
    string Method,
    string Path,
    IQueryCollection Query,
    string Body,
    IReadOnlyDictionary<string, string> Headers,
    long ArrivedTimestamp,
    DateTimeOffset ReceivedAt)
{
    public IReadOnlyDictionary<string, string> RouteValues { get; init; } = new Dictionary<string, string>();

    /// <summary>The recording of this request. Routes that complete a test's wait set its status under the same lock,
    /// so a test woken by the wait already sees the answer's status in <see cref="FakeDiscordServer.Requests"/>.</summary>
    public RecordedRequest? Record { get; init; }

    public string this[string routeValue] => RouteValues[routeValue];

    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? TryParseBody()
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
