using GovBot.FakeDiscord.Tests.Support;

namespace GovBot.FakeDiscord.Tests;

public sealed class ResumeTests
{
    [Fact]
    public async Task Op_7_then_resume_replays_the_missed_dispatch_before_resumed()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);
        var sessionId = (string)ready["d"]!["session_id"]!;

        await server.SendReconnectAsync();
        Assert.Equal(7, (int)(await first.ReceiveAsync())["op"]!);
        await first.CloseAsync(4200, "Told to reconnect by Discord");
        await first.DisposeAsync();
        var close = await server.WaitForCloseAsync(1);
        Assert.Equal(4200, close.Code);
        Assert.True(close.ClosedByClient);

        // Created while the client is away: it must come back in the replay.
        var missed = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("topic", "arms race")));
        Assert.Null(missed.DeliveredAt);

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = sessionId, ["seq"] = 1 });

        var replayed = await second.ReceiveAsync();
        var resumed = await second.ReceiveAsync();
        await server.WaitForResumeAsync();
        Assert.Equal("INTERACTION_CREATE", (string?)replayed["t"]);
        Assert.Equal(2, (int)replayed["s"]!);
        Assert.Equal(missed.Id, (string?)replayed["d"]!["id"]);
        Assert.Equal("RESUMED", (string?)resumed["t"]);
        Assert.Equal(3, (int)resumed["s"]!);
        Assert.Equal("/gateway-resume", server.Connections[1].Path);
        Assert.Equal(1, server.ResumeCount);
        Assert.Equal(1, server.IdentifyCount);
        Assert.NotNull(missed.DeliveredAt);

        // The resumed session is live: new dispatches continue its sequence.
        var live = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        var next = await second.ReceiveAsync();
        Assert.Equal(4, (int)next["s"]!);
        Assert.Equal(live.Id, (string?)next["d"]!["id"]);
    }

    [Fact]
    public async Task Resume_replays_dispatches_the_client_says_it_never_saw()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);
        var delivered = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));
        Assert.Equal(2, (int)(await first.ReceiveAsync())["s"]!);

        await server.DropConnectionAsync();
        var drop = await server.WaitForCloseAsync(1);
        Assert.Null(drop.Code);
        Assert.False(drop.ClosedByClient);
        await first.DisposeAsync();

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 1 });

        Assert.Equal(delivered.Id, (string?)(await second.ReceiveAsync())["d"]!["id"]);
        Assert.Equal("RESUMED", (string?)(await second.ReceiveAsync())["t"]);
        Assert.Equal(2, delivered.DeliveryCount);
    }

    [Fact]
    public async Task Invalid_session_false_refuses_a_later_resume_and_identify_starts_over()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);

        await server.SendInvalidSessionAsync(resumable: false);
        var invalid = await first.ReceiveAsync();
        Assert.Equal(9, (int)invalid["op"]!);
        Assert.False((bool)invalid["d"]!);
        await first.CloseAsync(1000);
        await first.DisposeAsync();

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 1 });
        var refused = await second.ReceiveAsync();
        Assert.Equal(9, (int)refused["op"]!);
        Assert.False((bool)refused["d"]!);
        Assert.Equal(1, server.ResumeCount);
        Assert.Equal(0, server.ResumedCount);

        // Discord lets a client identify on the same socket after op 9.
        await second.SendAsync(2, GatewayTestClient.Identify(server.Options.Token));
        Assert.Equal("READY", (string?)(await second.ReceiveAsync())["t"]);
        await server.WaitForIdentifyAsync(2);
    }

    [Fact]
    public async Task Invalid_session_left_open_is_closed_by_the_fake()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { InvalidSessionCloseDelay = TimeSpan.FromMilliseconds(200) });
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await server.SendInvalidSessionAsync(resumable: false);

        Assert.Equal(4009, (await client.Closed).Code);
        var close = await server.WaitForCloseAsync(1);
        Assert.False(close.ClosedByClient);
    }

    [Fact]
    public async Task Invalid_session_true_allows_a_resume_on_the_same_socket()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await server.SendInvalidSessionAsync(resumable: true);
        Assert.True((bool)(await client.ReceiveAsync())["d"]!);
        await client.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 1 });

        Assert.Equal("RESUMED", (string?)(await client.ReceiveAsync())["t"]);
        await server.WaitForResumeAsync();
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task Client_close_with_1000_or_1001_ends_the_session(int code)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await first.CloseAsync(code);
        await first.DisposeAsync();
        Assert.Equal(code, (await server.WaitForCloseAsync(1)).Code);

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 1 });

        Assert.Equal(9, (int)(await second.ReceiveAsync())["op"]!);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(1001, true)]
    [InlineData(4009, false)]
    public async Task Server_close_code_decides_whether_the_session_can_be_resumed(int code, bool resumable)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await server.CloseAsync(code, "test");
        Assert.Equal(code, (await first.Closed).Code);
        await first.DisposeAsync();

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 1 });

        var answer = await second.ReceiveAsync();
        Assert.Equal(resumable ? "RESUMED" : null, (string?)answer["t"]);
        Assert.Equal(resumable ? 0 : 9, (int)answer["op"]!);
    }

    [Fact]
    public async Task Resume_with_a_sequence_from_the_future_is_closed_with_4007()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await GatewayTestClient.IdentifiedAsync(server);
        await first.CloseAsync(4000);
        await first.DisposeAsync();

        await using var second = await GatewayTestClient.ConnectAsync(server, resume: true);
        await second.ReceiveAsync();
        await second.SendAsync(6, new System.Text.Json.Nodes.JsonObject { ["token"] = server.Options.Token, ["session_id"] = (string)ready["d"]!["session_id"]!, ["seq"] = 99 });

        Assert.Equal(4007, (await second.Closed).Code);
    }

    [Fact]
    public async Task Interactions_dispatched_before_any_session_arrive_after_ready()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var early = server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote"));

        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        var dispatch = await client.ReceiveAsync();
        Assert.Equal("INTERACTION_CREATE", (string?)dispatch["t"]);
        Assert.Equal(early.Id, (string?)dispatch["d"]!["id"]);
        Assert.Equal(2, (int)dispatch["s"]!);
    }
}
