using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace GovBot.FakeDiscord.Tests.Support;

/// <summary>A bare gateway client on <see cref="ClientWebSocket"/>: it sends exactly what a test tells it to, and queues
/// what the fake sends so a test can read payloads in order.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource<(int? Code, string Reason)> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;

    /// <summary>Completes when the connection ended: the fake's close code and reason, or a null code when it dropped.</summary>
    public Task<(int? Code, string Reason)> Closed => _closed.Task;

    public static Task<GatewayTestClient> ConnectAsync(FakeDiscordServer server, bool resume = false, string query = "?v=10&encoding=json") =>
        ConnectAsync((resume ? server.GatewayUrl + "-resume" : server.GatewayUrl) + query);

    public static async Task<GatewayTestClient> ConnectAsync(string url)
    {
        var client = new GatewayTestClient();
        using var timeout = new CancellationTokenSource(Timeout);
        await client._socket.ConnectAsync(new Uri(url), timeout.Token);
        client._receiving = client.ReceiveLoopAsync();
        return client;
    }

    /// <summary>Connects, reads Hello, identifies and returns the READY dispatch.</summary>
    public static async Task<(GatewayTestClient Client, JsonObject Ready)> IdentifiedAsync(FakeDiscordServer server)
    {
        var client = await ConnectAsync(server);
        var hello = await client.ReceiveAsync();
        Assert.Equal(10, (int)hello["op"]!);
        await client.SendAsync(2, Identify(server.Options.Token));
        var ready = await client.ReceiveAsync();
        Assert.Equal("READY", (string?)ready["t"]);
        return (client, ready);
    }

    public static JsonObject Identify(string token, JsonNode? intents = null) => new()
    {
        ["token"] = token,
        ["intents"] = intents ?? 0,
        ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "govbot-tests", ["device"] = "govbot-tests" },
        ["shard"] = new JsonArray(0, 1),
    };

    public Task SendAsync(int op, JsonNode? data) =>
        SendRawAsync(new JsonObject { ["op"] = op, ["d"] = data }.ToJsonString());

    public async Task SendRawAsync(string json)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task<JsonObject> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No gateway payload within {Timeout.TotalSeconds} s");
        }
        catch (ChannelClosedException)
        {
            var (code, reason) = await Closed;
            throw new InvalidOperationException($"The connection ended ({code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} {reason}) before another payload arrived");
        }
    }

    /// <summary>Reads payloads until one with <paramref name="op"/> (and event name, for op 0) arrives.</summary>
    public async Task<JsonObject> ReceiveUntilAsync(int op, string? eventName = null)
    {
        while (true)
        {
            var payload = await ReceiveAsync();
            if ((int)payload["op"]! == op && (eventName is null || (string?)payload["t"] == eventName))
            {
                return payload;
            }
        }
    }

    /// <summary>Starts a client-side close and waits for the fake's answer.</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        await Closed.WaitAsync(Timeout);
    }

    /// <summary>Drops the connection without a close frame.</summary>
    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16384];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult(((int?)result.CloseStatus, result.CloseStatusDescription ?? ""));
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        // Completing the handshake is the client's half of a server-initiated close.
                        await _socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _received.Writer.TryWrite((JsonObject)JsonNode.Parse(message.ToArray())!);
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult((null, ex.Message));
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
