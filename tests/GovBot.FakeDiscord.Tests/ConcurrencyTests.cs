using System.Diagnostics;
using System.Net;
using GovBot.FakeDiscord.Tests.Support;

namespace GovBot.FakeDiscord.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_hundred_interactions_in_one_second_are_delivered_in_order_answered_and_timed()
    {
        const int count = 200;
        await using var server = await FakeDiscordServer.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = client;
        using var http = new BotHttp(server);
        var sequence = new List<int>();
        var answering = Task.Run(async () =>
        {
            var callbacks = new List<Task<HttpResponseMessage>>();
            for (var i = 0; i < count; i++)
            {
                var dispatch = await client.ReceiveAsync();
                sequence.Add((int)dispatch["s"]!);
                var d = dispatch["d"]!;
                callbacks.Add(http.CallbackAsync((string)d["id"]!, (string)d["token"]!, BotHttp.Reply("pong")));
            }

            return await Task.WhenAll(callbacks);
        });

        var clock = Stopwatch.StartNew();
        var handles = Enumerable.Range(0, count)
            .Select(i => server.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("n", i))))
            .ToList();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"dispatching took {clock.Elapsed}");

        var responses = await answering.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.WhenAll(handles.Select(h => h.Callback)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(Enumerable.Range(2, count), sequence);
        Assert.All(handles, h =>
        {
            Assert.Equal(1, h.DeliveryCount);
            Assert.InRange(h.CallbackDelay!.Value, TimeSpan.Zero, server.Options.CallbackWindow);
        });
        Assert.Equal(count, server.Requests.Count(r => r.Status == 204));
        Assert.Empty(server.FakeFaults);
    }
}
