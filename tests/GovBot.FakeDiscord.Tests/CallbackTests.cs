using System.Net;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.FakeDiscord.Tests;

public sealed class CallbackTests
{
    [Fact]
    public async Task First_callback_gets_204_and_a_second_gets_40060()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("topic", "arms race")));
        await client.ReceiveAsync();

        var first = await http.CallbackAsync(interaction, BotHttp.Reply("pong"));
        var second = await http.CallbackAsync(interaction, BotHttp.Reply("again"));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(40060, (int)(await BotHttp.JsonAsync(second))["code"]!);
        var callback = await interaction.Callback.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("pong", (string?)callback["data"]!["content"]);
        Assert.Equal(2, interaction.CallbackAttempts.Count);
        Assert.Equal(new[] { 204, 400 }, interaction.CallbackResults.Select(r => r.Status));
        Assert.NotNull(interaction.CallbackDelay);
        Assert.Equal(4, interaction.AcknowledgedWith);
        // Callbacks authenticate by the token in the path: the fake needs no Authorization header.
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal) && r.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Unknown_interaction_or_wrong_token_gets_10062()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));

        var unknown = await http.CallbackAsync("1234567890123456789", "nope", BotHttp.Reply("x"));
        var wrongToken = await http.CallbackAsync(interaction.Id, "nope", BotHttp.Reply("x"));
        // Not yet delivered (no session): the bot cannot know it, so Discord would not either.
        var undelivered = await http.CallbackAsync(interaction, BotHttp.Reply("x"));

        foreach (var response in new[] { unknown, wrongToken, undelivered })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(10062, (int)(await BotHttp.JsonAsync(response))["code"]!);
        }
    }

    [Fact]
    public async Task Callback_after_the_window_gets_10062_and_never_completes_the_callback_task()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Clock = clock });
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var inTime = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        var late = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        await client.ReceiveAsync();
        await client.ReceiveAsync();

        clock.Advance(TimeSpan.FromMilliseconds(2900));
        Assert.Equal(HttpStatusCode.NoContent, (await http.CallbackAsync(inTime, BotHttp.Reply("ok"))).StatusCode);
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var response = await http.CallbackAsync(late, BotHttp.Reply("too late"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(10062, (int)(await BotHttp.JsonAsync(response))["code"]!);
        Assert.Equal(TimeSpan.FromMilliseconds(2900), inTime.CallbackDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(3100), late.CallbackResults.Single().Delay);
        Assert.False(late.Callback.IsCompleted);
        Assert.Equal("too late", (string?)(await late.FirstCallbackAttempt)["data"]!["content"]);
    }

    [Theory]
    [InlineData("{\"type\":4,\"data\":{\"content\":\"\"}}", 50006)]
    [InlineData("{\"type\":8,\"data\":{\"choices\":[]}}", 50035)]
    [InlineData("{\"type\":42}", 50035)]
    [InlineData("{\"type\":5,\"data\":{\"flags\":4}}", 50035)]
    public async Task Invalid_callback_is_rejected_and_does_not_acknowledge(string body, int code)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        await client.ReceiveAsync();

        var response = await http.CallbackAsync(interaction, JsonNode.Parse(body)!.AsObject());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (int)(await BotHttp.JsonAsync(response))["code"]!);
        Assert.Null(interaction.AcknowledgedWith);
        Assert.Equal(HttpStatusCode.NoContent, (await http.CallbackAsync(interaction, BotHttp.Reply("fixed"))).StatusCode);
    }

    [Fact]
    public async Task Content_over_2000_characters_is_rejected_with_the_field_path()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        await client.ReceiveAsync();

        var response = await http.CallbackAsync(interaction, BotHttp.Reply(new string('a', 2001)));

        var error = await BotHttp.JsonAsync(response);
        Assert.Equal(50035, (int)error["code"]!);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", (string?)error["errors"]!["data"]!["content"]!["_errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Autocomplete_takes_type_8_and_a_button_takes_an_update()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var autocomplete = server.DispatchInteraction(FakeDiscordServer.Autocomplete("speaker", "name", "pu"));
        var button = server.DispatchInteraction(FakeDiscordServer.Button("quotes:next:2"));
        var autocompleteDispatch = await client.ReceiveAsync();
        await client.ReceiveAsync();

        var focused = autocompleteDispatch["d"]!["data"]!["options"]![0]!;
        Assert.True((bool)focused["focused"]!);
        Assert.Equal("pu", (string?)focused["value"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.CallbackAsync(autocomplete, BotHttp.Reply("no"))).StatusCode);
        var choices = new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["name"] = "Putin", ["value"] = "Vladimir Putin" }) } };
        Assert.Equal(HttpStatusCode.NoContent, (await http.CallbackAsync(autocomplete, choices)).StatusCode);
        var update = new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "page 2" } };
        Assert.Equal(HttpStatusCode.NoContent, (await http.CallbackAsync(button, update)).StatusCode);
        Assert.Equal("page 2", (string?)button.OriginalMessage!["content"]);
    }

    [Fact]
    public async Task With_response_returns_the_created_message()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        await client.ReceiveAsync();

        var response = await http.CallbackAsync(interaction, BotHttp.Reply("pong"), "?with_response=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BotHttp.JsonAsync(response);
        Assert.Equal(interaction.Id, (string?)body["interaction"]!["id"]);
        Assert.Equal("pong", (string?)body["resource"]!["message"]!["content"]);
    }

    [Fact]
    public async Task Original_and_followups_work_after_a_defer_and_expire_after_15_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Clock = clock });
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        await client.ReceiveAsync();

        var early = await http.WebhookAsync(HttpMethod.Patch, interaction, "/messages/@original", new JsonObject { ["content"] = "too early" });
        Assert.Equal(10015, (int)(await BotHttp.JsonAsync(early))["code"]!);

        var defer = new JsonObject { ["type"] = 5, ["data"] = new JsonObject { ["flags"] = 64 } };
        Assert.Equal(HttpStatusCode.NoContent, (await http.CallbackAsync(interaction, defer)).StatusCode);
        Assert.Equal(128 | 64, (int)interaction.OriginalMessage!["flags"]!);

        clock.Advance(TimeSpan.FromMinutes(14));
        var edit = await http.WebhookAsync(HttpMethod.Patch, interaction, "/messages/@original", new JsonObject { ["content"] = "the answer" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var edited = await BotHttp.JsonAsync(edit);
        Assert.Equal("the answer", (string?)edited["content"]);
        Assert.Equal(64, (int)edited["flags"]!);
        Assert.Equal("the answer", (string?)(await interaction.OriginalEdit)["content"]);
        var followup = await http.WebhookAsync(HttpMethod.Post, interaction, "", new JsonObject { ["content"] = "more" });
        Assert.Equal(HttpStatusCode.OK, followup.StatusCode);
        Assert.Single(interaction.Followups);
        Assert.Equal(HttpStatusCode.OK, (await http.WebhookAsync(HttpMethod.Get, interaction, "/messages/@original")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await http.WebhookAsync(HttpMethod.Patch, interaction, "/messages/@original", new JsonObject { ["content"] = "late" });
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(10015, (int)(await BotHttp.JsonAsync(expired))["code"]!);
    }

    [Fact]
    public async Task Delete_original_then_get_is_unknown_message()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var interaction = server.DispatchInteraction(FakeDiscordServer.DirectMessage(FakeDiscordServer.SlashCommand("quote")));
        var dispatch = await client.ReceiveAsync();
        Assert.Null(dispatch["d"]!["member"]);
        Assert.Equal(1, (int)dispatch["d"]!["context"]!);
        Assert.NotNull(dispatch["d"]!["user"]);
        await http.CallbackAsync(interaction, BotHttp.Reply("pong"));

        Assert.Equal(HttpStatusCode.NoContent, (await http.WebhookAsync(HttpMethod.Delete, interaction, "/messages/@original")).StatusCode);
        var gone = await http.WebhookAsync(HttpMethod.Get, interaction, "/messages/@original");
        Assert.Equal(10008, (int)(await BotHttp.JsonAsync(gone))["code"]!);
    }
}
