using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace GovBot.FakeDiscord.Gateway;

/// <summary>One client WebSocket. Everything the fake sends goes through one queue, so payloads, closes and aborts leave
/// in the order they were decided (READY before the interactions that follow it, op 9 before the close).</summary>
internal sealed class GatewayConnection
{
    // How long the fake waits for the client's answering close frame before it drops the TCP connection.
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(2);

    private readonly FakeDiscordState _state;
    private readonly HttpContext _http;
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _receiveEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime;

    public GatewayConnection(FakeDiscordState state, HttpContext http, WebSocket socket, int number, CancellationToken serverStopping)
    {
        _state = state;
        _http = http;
        Socket = socket;
        Number = number;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(serverStopping, http.RequestAborted);
    }

    public int Number { get; }

    public WebSocket Socket { get; }

    /// <summary>Cancelled when the connection is over (or the fake stops).</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    // Fields below are guarded by the state's gate.
    public GatewaySession? Session { get; set; }

    /// <summary>An Identify or Resume was accepted on this socket and no op 9 has taken it back.</summary>
    public bool Authenticated { get; set; }

    /// <summary>The client sent Identify or Resume at all (stops the Hello timeout).</summary>
    public bool AuthAttempted { get; set; }

    /// <summary>The fake decided to close or drop it; later client payloads are ignored.</summary>
    public bool Closing { get; private set; }

    /// <summary>Its ending is recorded in <see cref="FakeDiscordState.Closes"/>.</summary>
    public bool Ended { get; set; }

    public int Heartbeats { get; set; }

    public Queue<long> RecentPayloads { get; } = new();

    public Task Send(string json, InteractionHandle? interaction = null, Action? afterSent = null) =>
        Enqueue(new Outgoing.Text(json, interaction, afterSent));

    /// <summary>Queues a close frame from the fake (recorded as the server's close when it leaves).</summary>
    public Task Close(int code, string reason)
    {
        Closing = true;
        return Enqueue(new Outgoing.Close(code, reason, Echo: false));
    }

    /// <summary>Queues dropping the TCP connection without a close frame.</summary>
    public Task Abort()
    {
        Closing = true;
        return Enqueue(new Outgoing.Abort());
    }

    public void EchoClientClose()
    {
        Closing = true;
        Enqueue(new Outgoing.Close((int)(Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), Socket.CloseStatusDescription ?? "", Echo: true));
    }

    public void ReceiveEnded()
    {
        _receiveEnded.TrySetResult();
        _outgoing.Writer.TryComplete();
    }

    public void EndLifetime() => _lifetime.Cancel();

    public async Task RunSendLoopAsync()
    {
        var closed = false;
        await foreach (var item in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                if (closed)
                {
                    Undeliver(item);
                    continue;
                }

                switch (item)
                {
                    case Outgoing.Text text:
                        await SendTextAsync(text).ConfigureAwait(false);
                        break;
                    case Outgoing.Close close:
                        closed = true;
                        await SendCloseAsync(close).ConfigureAwait(false);
                        break;
                    case Outgoing.Abort:
                        closed = true;
                        _state.RecordClose(this, null, "dropped by the fake", byClient: false);
                        _http.Abort();
                        break;
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The socket is gone; whatever is still queued never reached the client.
                closed = true;
                Undeliver(item);
            }
            finally
            {
                item.Done.TrySetResult();
            }
        }
    }

    private Task Enqueue(Outgoing item)
    {
        if (!_outgoing.Writer.TryWrite(item))
        {
            Undeliver(item);
            item.Done.TrySetResult();
        }

        return item.Done.Task;
    }

    private async Task SendTextAsync(Outgoing.Text text)
    {
        if (text.Interaction is { } interaction)
        {
            lock (_state.Gate)
            {
                // Stamped before the bytes leave, so no callback can arrive before its delivery time.
                interaction.MarkDelivered(_state.Clock.GetTimestamp());
            }
        }

        await Socket.SendAsync(Encoding.UTF8.GetBytes(text.Json), WebSocketMessageType.Text, endOfMessage: true, Lifetime).ConfigureAwait(false);
        if (text.AfterSent is { } afterSent)
        {
            lock (_state.Gate)
            {
                afterSent();
                _state.Waiters.Notify();
            }
        }
    }

    private async Task SendCloseAsync(Outgoing.Close close)
    {
        if (!close.Echo)
        {
            _state.RecordClose(this, close.Code, close.Reason, byClient: false);
        }

        await Socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, Lifetime).ConfigureAwait(false);
        if (!close.Echo && await Task.WhenAny(_receiveEnded.Task, Task.Delay(CloseHandshakeGrace, Lifetime)).ConfigureAwait(false) != _receiveEnded.Task)
        {
            _http.Abort();
        }
    }

    private void Undeliver(Outgoing item)
    {
        if (item is Outgoing.Text { Interaction: { } interaction })
        {
            lock (_state.Gate)
            {
                interaction.Enqueued = false;
            }
        }
    }

    private abstract record Outgoing
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public sealed record Text(string Json, InteractionHandle? Interaction, Action? AfterSent) : Outgoing;

        public sealed record Close(int Code, string Reason, bool Echo) : Outgoing;

        public sealed record Abort : Outgoing;
    }
}
