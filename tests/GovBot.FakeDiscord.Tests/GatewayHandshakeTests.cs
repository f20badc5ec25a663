using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Tests.Support;

namespace GovBot.FakeDiscord.Tests;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Identify_gets_ready_with_session_resume_url_and_application()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server);

        var hello = await client.ReceiveAsync();
        Assert.Equal(10, (int)hello["op"]!);
        Assert.Equal(1000, (int)hello["d"]!["heartbeat_interval"]!);

        await client.SendAsync(2, GatewayTestClient.Identify(server.Options.Token));
        var ready = await client.ReceiveAsync();
        await server.WaitForIdentifyAsync();

        Assert.Equal(0, (int)ready["op"]!);
        Assert.Equal("READY", (string?)ready["t"]);
        Assert.Equal(1, (int)ready["s"]!);
        var d = ready["d"]!;
        Assert.Equal(10, (int)d["v"]!);
        Assert.Equal("GovBot", (string?)d["user"]!["username"]);
        Assert.True((bool)d["user"]!["bot"]!);
        Assert.Equal(server.SessionId, (string?)d["session_id"]);
        Assert.Equal($"ws://127.0.0.1:{server.Port}/gateway-resume", (string?)d["resume_gateway_url"]);
        Assert.Equal(server.Options.ApplicationId, (string?)d["application"]!["id"]);
        Assert.Equal("[0,1]", d["shard"]!.ToJsonString());
        Assert.Empty(d["guilds"]!.AsArray());
        Assert.Equal(1, server.IdentifyCount);
        Assert.Equal(1, server.ConnectionCount);
        Assert.Equal("v=10&encoding=json", server.Connections[0].Query);
        Assert.Equal(2, server.ClientFrames.Single().Op);
    }

    [Fact]
    public async Task Bad_token_is_closed_with_4004()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server);
        await client.ReceiveAsync();

        await client.SendAsync(2, GatewayTestClient.Identify("not-the-token"));

        Assert.Equal(4004, (await client.Closed).Code);
        var close = await server.WaitForCloseAsync(1);
        Assert.Equal(4004, close.Code);
        Assert.False(close.ClosedByClient);
        Assert.Equal(1, server.IdentifyCount);
        Assert.Equal(0, server.ReadyCount);
    }

    [Theory]
    [InlineData("{\"token\":\"T\",\"intents\":\"0\",\"properties\":{}}", 4013)]
    [InlineData("{\"token\":\"T\",\"intents\":1.5,\"properties\":{}}", 4013)]
    [InlineData("{\"token\":\"T\",\"properties\":{}}", 4013)]
    [InlineData("{\"token\":\"T\",\"intents\":0,\"shard\":[1,1],\"properties\":{}}", 4010)]
    [InlineData("{\"token\":\"T\",\"intents\":0,\"shard\":[0],\"properties\":{}}", 4010)]
    public async Task Invalid_identify_fields_get_their_close_code(string identify, int expected)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server);
        await client.ReceiveAsync();

        await client.SendRawAsync("{\"op\":2,\"d\":" + identify.Replace("\"T\"", "\"" + server.Options.Token + "\"", StringComparison.Ordinal) + "}");

        Assert.Equal(expected, (await client.Closed).Code);
    }

    [Fact]
    public async Task Second_identify_on_one_connection_is_closed_with_4005()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await client.SendAsync(2, GatewayTestClient.Identify(server.Options.Token));

        Assert.Equal(4005, (await client.Closed).Code);
        Assert.Equal(2, server.IdentifyCount);
        Assert.Equal(1, server.ReadyCount);
    }

    [Theory]
    [InlineData("?v=9&encoding=json", 4012)]
    [InlineData("?encoding=json", 4012)]
    [InlineData("?v=10&encoding=etf", 4002)]
    [InlineData("?v=10&encoding=json&compress=zlib-stream", 4002)]
    public async Task Unsupported_query_is_refused_with_a_close_code(string query, int expected)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server, query: query);

        Assert.Equal(expected, (await client.Closed).Code);
    }

    [Fact]
    public async Task Payload_over_4096_bytes_is_closed_with_4002()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(server);
        await client.ReceiveAsync();
        var identify = GatewayTestClient.Identify(server.Options.Token);
        identify["properties"]!["os"] = new string('x', 4100);

        await client.SendAsync(2, identify);

        Assert.Equal(4002, (await client.Closed).Code);
    }

    [Fact]
    public async Task Unknown_opcode_is_closed_with_4001_and_presence_before_identify_with_4003()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var unknown = await GatewayTestClient.ConnectAsync(server);
        await unknown.ReceiveAsync();
        await unknown.SendAsync(42, null);
        Assert.Equal(4001, (await unknown.Closed).Code);

        await using var early = await GatewayTestClient.ConnectAsync(server);
        await early.ReceiveAsync();
        await early.SendAsync(3, new JsonObject { ["status"] = "online" });
        Assert.Equal(4003, (await early.Closed).Code);
    }

    [Fact]
    public async Task No_identify_after_hello_is_closed_with_4003()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { IdentifyTimeout = TimeSpan.FromMilliseconds(300) });
        await using var client = await GatewayTestClient.ConnectAsync(server);
        await client.ReceiveAsync();

        // A heartbeat is allowed before identifying but does not count as authenticating.
        await client.SendAsync(1, null);
        Assert.Equal(11, (int)(await client.ReceiveAsync())["op"]!);

        Assert.Equal(4003, (await client.Closed).Code);
    }

    [Fact]
    public async Task Sending_more_than_the_payload_limit_per_minute_is_closed_with_4008()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { GatewayPayloadsPerMinute = 5 });
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(1, 1);
        }

        Assert.Equal(4008, (await client.Closed).Code);
        Assert.Equal(6, server.ClientFrames.Count);
    }

    [Fact]
    public async Task Identify_budget_is_reported_and_spent()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { IdentifyBudget = 1 });
        using var http = new BotHttp(server);
        var before = await BotHttp.JsonAsync(await http.GetAsync("/gateway/bot"));
        Assert.Equal(1, (int)before["session_start_limit"]!["remaining"]!);

        var (first, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var __ = first;
        var after = await BotHttp.JsonAsync(await http.GetAsync("/gateway/bot"));
        Assert.Equal(0, (int)after["session_start_limit"]!["remaining"]!);

        // Discord resets the token of a bot that identifies past its budget: the next identify fails authentication.
        await using var second = await GatewayTestClient.ConnectAsync(server);
        await second.ReceiveAsync();
        await second.SendAsync(2, GatewayTestClient.Identify(server.Options.Token));
        Assert.Equal(4004, (await second.Closed).Code);
    }
}
