using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Tests;

public sealed class RestClientTests
{
    private const string Token = "MTAw.secret-part.xyz";

    private static (DiscordRestClient Client, StubHandler Handler) Create(string apiBase = "http://discord.test/api/v10")
    {
        var handler = new StubHandler();
        var client = new DiscordRestClient(new HttpClient(handler), Options.Create(new DiscordOptions { Token = Token, ApiBaseUrl = apiBase }),
            TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
        return (client, handler);
    }

    [Fact]
    public async Task Bot_routes_carry_the_token_and_user_agent_and_keep_the_version_segment()
    {
        var (client, handler) = Create();
        handler.Enqueue(HttpStatusCode.OK, """{"url":"wss://gateway.test","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1}}""");
        var info = await client.GetGatewayBotAsync(CancellationToken.None);
        Assert.Equal(999, info.Remaining);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://discord.test/api/v10/gateway/bot", request.Uri);
        Assert.Equal($"Bot {Token}", request.Authorization);
        Assert.StartsWith("DiscordBot (", request.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interaction_callbacks_go_without_authorization_as_json()
    {
        var (client, handler) = Create("http://discord.test/api/v10/");
        handler.Enqueue(HttpStatusCode.NoContent, "");
        await client.CreateInteractionResponseAsync("1", "interaction-token", new JsonObject { ["type"] = 4 }, CancellationToken.None);
        var request = Assert.Single(handler.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("http://discord.test/api/v10/interactions/1/interaction-token/callback", request.Uri);
    }

    [Fact]
    public async Task A_429_waits_retry_after_and_the_request_is_sent_once_more()
    {
        var (client, handler) = Create();
        handler.Enqueue(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.2,"global":false}""");
        handler.Enqueue(HttpStatusCode.NoContent, "");
        var started = DateTimeOffset.UtcNow;
        await client.CreateInteractionResponseAsync("1", "t", new JsonObject { ["type"] = 4 }, CancellationToken.None);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(handler.Requests[1].At - handler.Requests[0].At >= TimeSpan.FromMilliseconds(190));
        _ = started;
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_and_then_reported_without_the_token()
    {
        var (client, handler) = Create();
        for (var i = 0; i < 4; i++)
        {
            handler.Enqueue(HttpStatusCode.BadGateway, """{"message":"bad gateway","code":0}""");
        }

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.BulkOverwriteCommandsAsync("100", null, [], CancellationToken.None));
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(502, error.Status);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("PUT /applications/{app}/commands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_names_Discord_s_code()
    {
        var (client, handler) = Create();
        handler.Enqueue(HttpStatusCode.NotFound, """{"message":"Unknown interaction","code":10062}""");
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync("1", "secret-interaction-token", new JsonObject(), CancellationToken.None));
        Assert.Single(handler.Requests);
        Assert.Equal(10062, error.Code);
        Assert.DoesNotContain("secret-interaction-token", error.ToString(), StringComparison.Ordinal);
    }

    internal sealed class StubHandler : HttpMessageHandler
    {
        private readonly Queue<(HttpStatusCode, string)> responses = new();

        public List<(string Uri, string? Authorization, string? UserAgent, string? ContentType, DateTimeOffset At)> Requests { get; } = [];

        public void Enqueue(HttpStatusCode status, string body) => responses.Enqueue((status, body));

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), request.Headers.UserAgent.ToString(),
                request.Content?.Headers.ContentType?.MediaType, DateTimeOffset.UtcNow));
            var (status, body) = responses.Dequeue();
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
