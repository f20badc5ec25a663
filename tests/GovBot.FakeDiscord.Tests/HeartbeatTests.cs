using GovBot.FakeDiscord.Tests.Support;

namespace GovBot.FakeDiscord.Tests;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task Heartbeat_is_acknowledged_with_op_11()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await client.SendAsync(1, 1);

        Assert.Equal(11, (int)(await client.ReceiveAsync())["op"]!);
        await server.WaitForHeartbeatAsync(1);
        Assert.Equal(1, server.HeartbeatCount);
    }

    [Fact]
    public async Task Withheld_ack_skips_exactly_one_heartbeat()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        server.WithholdNextHeartbeatAck();

        await client.SendAsync(1, 1);
        await server.WaitForHeartbeatAsync(1);
        await client.SendAsync(1, 1);

        // Only the second heartbeat is answered, and nothing else arrives in between.
        Assert.Equal(11, (int)(await client.ReceiveAsync())["op"]!);
        await server.WaitForHeartbeatAsync(2);
        await client.SendAsync(1, 1);
        Assert.Equal(11, (int)(await client.ReceiveAsync())["op"]!);
        Assert.Equal(3, server.HeartbeatCount);
    }

    [Fact]
    public async Task Heartbeat_request_sends_op_1_from_the_server()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;

        await server.SendHeartbeatRequestAsync();

        var request = await client.ReceiveAsync();
        Assert.Equal(1, (int)request["op"]!);
        Assert.Null(request["d"]);
    }

    [Fact]
    public async Task Heartbeat_wait_counts_the_current_connection_only()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var __ = first;
        await first.SendAsync(1, 1);
        await server.WaitForHeartbeatAsync(1);

        await using var second = await GatewayTestClient.ConnectAsync(server);
        await server.WaitForConnectionAsync(2);

        Assert.Equal(0, server.HeartbeatCount);
        await second.SendAsync(1, null);
        await server.WaitForHeartbeatAsync(1);
    }
}
