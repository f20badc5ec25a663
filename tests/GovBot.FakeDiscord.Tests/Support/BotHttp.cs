using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Tests.Support;

/// <summary>REST calls to the fake shaped like a well-behaved bot's: DiscordBot User-Agent, Bot token, JSON bodies.</summary>
internal sealed class BotHttp(FakeDiscordServer server) : IDisposable
{
    public const string UserAgent = "DiscordBot (https://github.com/govbot/govbot, 1.0)";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, bool auth = true, string? userAgent = UserAgent, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, server.ApiBaseUrl + path);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (auth)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", server.Options.Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, bool auth = true) => SendAsync(HttpMethod.Get, path, auth: auth);

    /// <summary>Interaction callbacks authenticate by the token in the path, so no Authorization header.</summary>
    public Task<HttpResponseMessage> CallbackAsync(InteractionHandle interaction, JsonObject body, string query = "") =>
        SendAsync(HttpMethod.Post, $"/interactions/{interaction.Id}/{interaction.Token}/callback{query}", body, auth: false);

    public Task<HttpResponseMessage> CallbackAsync(string id, string token, JsonObject body) =>
        SendAsync(HttpMethod.Post, $"/interactions/{id}/{token}/callback", body, auth: false);

    public Task<HttpResponseMessage> WebhookAsync(HttpMethod method, InteractionHandle interaction, string suffix, JsonObject? body = null) =>
        SendAsync(method, $"/webhooks/{server.Options.ApplicationId}/{interaction.Token}{suffix}", body, auth: false);

    public static JsonObject Reply(string content) => new()
    {
        ["type"] = 4,
        ["data"] = new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } },
    };

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public void Dispose() => _http.Dispose();
}
