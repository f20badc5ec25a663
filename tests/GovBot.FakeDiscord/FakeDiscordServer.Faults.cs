using GovBot.FakeDiscord.Gateway;
using GovBot.FakeDiscord.Rest;

namespace GovBot.FakeDiscord;

/// <summary>Fault injection. The gateway faults act on the current (most recent) connection and complete once the
/// frame has left; they throw <see cref="InvalidOperationException"/> when that connection is already closing.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Aborts the TCP connection without a close frame (the session stays resumable).</summary>
    public Task DropConnectionAsync() => OnCurrentConnection(c => c.Abort());

    /// <summary>Op 7: the client should close with a non-1000 code and resume.</summary>
    public Task SendReconnectAsync() => OnCurrentConnection(c => c.Send(GatewayPayloads.Reconnect()));

    /// <summary>Op 9. With <paramref name="resumable"/> false the session is invalidated at once. If the client neither
    /// closes nor authenticates again within <see cref="FakeDiscordOptions.InvalidSessionCloseDelay"/>, the fake closes
    /// with 4009 (or 4000 when resumable).</summary>
    public Task SendInvalidSessionAsync(bool resumable) => OnCurrentConnection(c => _protocol.InvalidateSession(c, resumable));

    /// <summary>The next heartbeat (on any connection) gets no op 11.</summary>
    public void WithholdNextHeartbeatAck()
    {
        lock (_state.Gate)
        {
            _state.WithholdNextAck = true;
        }
    }

    /// <summary>The fake closes the connection with <paramref name="code"/>. Codes whose remedy is a new session
    /// (4003–4005, 4007–4014) end the session; others (4000–4002, 1000, 1001) leave it resumable.</summary>
    public Task CloseAsync(int code, string reason = "") => OnCurrentConnection(c => c.Close(code, reason));

    /// <summary>Op 1 from the server: the client must heartbeat at once.</summary>
    public Task SendHeartbeatRequestAsync() => OnCurrentConnection(c => c.Send(GatewayPayloads.HeartbeatRequest()));

    /// <summary>The next <paramref name="count"/> REST requests whose path (without <c>/api/v10</c>) starts with
    /// <paramref name="pathPrefix"/> get <paramref name="status"/>: 429 with Discord's body and headers, other statuses
    /// with a JSON error body. Scripted failures are checked before anything else, like Discord's edge.</summary>
    public void FailNextRequests(string pathPrefix, int status, double retryAfterSeconds = 0, bool global = false, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        _state.Failures.Add(pathPrefix, status, retryAfterSeconds, global, count);
    }

    private Task OnCurrentConnection(Func<GatewayConnection, Task> act)
    {
        lock (_state.Gate)
        {
            if (_state.CurrentConnection is not { Closing: false, Ended: false } connection)
            {
                throw new InvalidOperationException($"No open gateway connection to act on; {DescribeGateway()}");
            }

            return act(connection);
        }
    }
}
