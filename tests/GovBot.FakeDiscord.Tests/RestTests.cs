using System.Net;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Tests.Support;

namespace GovBot.FakeDiscord.Tests;

public sealed class RestTests
{
    [Fact]
    public async Task Gateway_bot_returns_the_loopback_gateway_and_session_limit()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);

        var response = await http.GetAsync("/gateway/bot");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BotHttp.JsonAsync(response);
        Assert.Equal($"ws://127.0.0.1:{server.Port}/gateway", (string?)body["url"]);
        Assert.Equal(1, (int)body["shards"]!);
        Assert.Equal(1000, (int)body["session_start_limit"]!["total"]!);
        Assert.Equal(1000, (int)body["session_start_limit"]!["remaining"]!);
        Assert.Equal(1, (int)body["session_start_limit"]!["max_concurrency"]!);
        Assert.True((long)body["session_start_limit"]!["reset_after"]! > 0);
        var recorded = server.Requests.Single();
        Assert.Equal(("GET", "/gateway/bot", 200), (recorded.Method, recorded.Path, recorded.Status));
        Assert.Equal(BotHttp.UserAgent, recorded.Headers["user-agent"]);
    }

    [Fact]
    public async Task Bot_routes_need_the_token_and_a_DiscordBot_user_agent()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);

        var noAuth = await http.GetAsync("/gateway/bot", auth: false);
        var noAgent = await http.SendAsync(HttpMethod.Get, "/gateway/bot", userAgent: null);
        var browserAgent = await http.SendAsync(HttpMethod.Get, "/gateway/bot", userAgent: "Mozilla/5.0");

        Assert.Equal(HttpStatusCode.Unauthorized, noAuth.StatusCode);
        var unauthorized = await BotHttp.JsonAsync(noAuth);
        Assert.Equal("401: Unauthorized", (string?)unauthorized["message"]);
        Assert.Equal(0, (int)unauthorized["code"]!);
        Assert.Equal(HttpStatusCode.BadRequest, noAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, browserAgent.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_rate_limit_headers_and_unknown_routes_are_json_404()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);

        var responses = new[]
        {
            await http.GetAsync("/gateway/bot"),
            await http.GetAsync("/gateway/bot", auth: false),
            await http.GetAsync("/channels/1234567890123456789/messages"),
            await http.SendAsync(HttpMethod.Delete, "/gateway/bot"),
        };

        foreach (var response in responses)
        {
            foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket" })
            {
                Assert.True(response.Headers.Contains(header), $"{header} missing on {response.RequestMessage!.RequestUri} ({response.StatusCode})");
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, responses[2].StatusCode);
        Assert.Equal(0, (int)(await BotHttp.JsonAsync(responses[2]))["code"]!);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, responses[3].StatusCode);
        var remaining = int.Parse(responses[0].Headers.GetValues("X-RateLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(remaining, 0, 49);
    }

    [Fact]
    public async Task Paths_outside_api_v10_are_404()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var client = new HttpClient();

        var response = await client.GetAsync($"http://127.0.0.1:{server.Port}/api/gateway/bot");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("/api/gateway/bot", server.Requests.Single().Path);
    }

    [Fact]
    public async Task Scripted_429_has_discord_body_and_headers_then_the_route_answers_again()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        server.FailNextRequests("/gateway", 429, retryAfterSeconds: 1.25, global: true, count: 2);

        var first = await http.GetAsync("/gateway/bot");
        var second = await http.GetAsync("/gateway/bot");
        var third = await http.GetAsync("/gateway/bot");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var body = await BotHttp.JsonAsync(first);
        Assert.Equal("You are being rate limited.", (string?)body["message"]);
        Assert.Equal(1.25, (double)body["retry_after"]!);
        Assert.True((bool)body["global"]!);
        Assert.Equal("2", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal("true", first.Headers.GetValues("X-RateLimit-Global").Single());
        Assert.Equal("global", first.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal("0", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("1.250", first.Headers.GetValues("X-RateLimit-Reset-After").Single());
        Assert.True(first.Headers.Contains("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Scripted_per_route_429_has_user_scope_and_no_global_header()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        server.FailNextRequests("/gateway/bot", 429, retryAfterSeconds: 0.2);

        var response = await http.GetAsync("/gateway/bot");

        Assert.False((bool)(await BotHttp.JsonAsync(response))["global"]!);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("user", response.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.False(response.Headers.Contains("X-RateLimit-Global"));
    }

    [Fact]
    public async Task Scripted_5xx_has_a_json_body()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        server.FailNextRequests("/applications/", 502);

        var response = await http.GetAsync($"/applications/{server.Options.ApplicationId}/commands");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("502: Bad Gateway", (string?)(await BotHttp.JsonAsync(response))["message"]);
    }

    [Fact]
    public async Task Body_without_json_content_type_is_50035()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);

        var response = await http.SendAsync(HttpMethod.Put, $"/applications/{server.Options.ApplicationId}/commands", new JsonArray(), contentType: "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, (int)(await BotHttp.JsonAsync(response))["code"]!);
    }

    [Fact]
    public async Task Bulk_overwrite_assigns_ids_keeps_them_on_rewrite_and_is_recorded()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        var path = $"/applications/{server.Options.ApplicationId}/commands";
        var commands = new JsonArray(Command("quote"), Command("speaker"));

        var first = await ArrayAsync(await http.SendAsync(HttpMethod.Put, path, commands));
        var put = await http.SendAsync(HttpMethod.Put, path, commands);
        var second = await ArrayAsync(put);
        await server.WaitForCommandRegistrationAsync(2);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, second.Count);
        for (var i = 0; i < second.Count; i++)
        {
            var command = second[i]!;
            Assert.Matches("^[0-9]{19}$", (string)command["id"]!);
            Assert.Equal(server.Options.ApplicationId, (string?)command["application_id"]);
            Assert.Matches("^[0-9]{19}$", (string)command["version"]!);
            // Discord keeps a command's id across overwrites and bumps its version.
            Assert.Equal((string?)first[i]!["id"], (string?)command["id"]);
            Assert.NotEqual((string?)first[i]!["version"], (string?)command["version"]);
        }

        var listed = await ArrayAsync(await http.GetAsync(path));
        Assert.Equal((string?)second[0]!["id"], (string?)listed[0]!["id"]);
        var registration = server.CommandRegistrations[1];
        Assert.Null(registration.GuildId);
        Assert.Equal(2, registration.Commands.GetArrayLength());
        Assert.Equal("quote", registration.Commands[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Guild_overwrite_is_recorded_with_its_guild()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);

        var response = await http.SendAsync(HttpMethod.Put, $"/applications/{server.Options.ApplicationId}/guilds/{FakeDiscordServer.DefaultGuildId}/commands", new JsonArray(Command("quote")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FakeDiscordServer.DefaultGuildId, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())![0]!["guild_id"]);
        await server.WaitForCommandRegistrationAsync();
        Assert.Equal(FakeDiscordServer.DefaultGuildId, server.CommandRegistrations.Single().GuildId);
    }

    [Theory]
    [InlineData("Quote", null, 0)]
    [InlineData("has space", null, 0)]
    [InlineData("quote", 101, 0)]
    [InlineData("quote", null, 26)]
    public async Task Invalid_commands_are_refused_with_50035_and_not_recorded(string name, int? descriptionLength, int optionCount)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        var command = Command(name);
        if (descriptionLength is { } length)
        {
            command["description"] = new string('d', length);
        }

        if (optionCount > 0)
        {
            command["options"] = new JsonArray([.. Enumerable.Range(0, optionCount).Select(i => (JsonNode)new JsonObject { ["name"] = $"o{i}", ["description"] = "x", ["type"] = 3 })]);
        }

        var response = await http.SendAsync(HttpMethod.Put, $"/applications/{server.Options.ApplicationId}/commands", new JsonArray(command));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await BotHttp.JsonAsync(response);
        Assert.Equal(50035, (int)error["code"]!);
        Assert.NotNull(error["errors"]!["0"]);
        Assert.Empty(server.CommandRegistrations);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("[0,1,2]", "[0]", false)]
    [InlineData("[0]", null, false)]
    [InlineData("[0]", "[0]", true)]
    public async Task A_moderator_command_must_be_limited_to_guilds(string? contexts, string? integrationTypes, bool accepted)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        var command = Command("stats");
        command["default_member_permissions"] = "32";
        command["contexts"] = contexts is null ? null : JsonNode.Parse(contexts);
        command["integration_types"] = integrationTypes is null ? null : JsonNode.Parse(integrationTypes);

        var response = await http.SendAsync(HttpMethod.Put, $"/applications/{server.Options.ApplicationId}/guilds/{FakeDiscordServer.DefaultGuildId}/commands", new JsonArray(command, Command("quote")));

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
        if (!accepted)
        {
            Assert.Equal(50035, (int)(await BotHttp.JsonAsync(response))["code"]!);
            Assert.Empty(server.CommandRegistrations);
        }
    }

    [Fact]
    public async Task Nested_subcommands_with_choices_and_autocomplete_are_accepted()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        var command = Command("govbot");
        command["options"] = JsonNode.Parse("""
            [{"type":2,"name":"quote","description":"Quotes","options":[
              {"type":1,"name":"get","description":"Get quotes","options":[
                {"type":3,"name":"topic","description":"Topic","required":true,"autocomplete":true},
                {"type":4,"name":"limit","description":"How many","choices":[{"name":"five","value":5}]}]}]}]
            """);

        var response = await http.SendAsync(HttpMethod.Put, $"/applications/{server.Options.ApplicationId}/commands", new JsonArray(command));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<JsonArray> ArrayAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

    private static JsonObject Command(string name) => new() { ["name"] = name, ["description"] = "Find " + name, ["type"] = 1 };
}
