namespace GovBot.FakeDiscord;

/// <summary>Waits on the fake's state; each completes at once if it already holds and throws
/// <see cref="TimeoutException"/> (with a picture of the gateway) when the timeout (default 10 s) passes first.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Until <paramref name="count"/> identifies were accepted and their READY was written to the socket.</summary>
    public Task WaitForIdentifyAsync(int count = 1, TimeSpan? timeout = null) =>
        Wait(() => _state.ReadySent >= count, timeout, () => $"{count} READY");

    /// <summary>Until <paramref name="count"/> resumes were accepted and their RESUMED was written to the socket.</summary>
    public Task WaitForResumeAsync(int count = 1, TimeSpan? timeout = null) =>
        Wait(() => _state.ResumedSent >= count, timeout, () => $"{count} RESUMED");

    /// <summary>Until the current (most recent) connection has received <paramref name="count"/> heartbeats.</summary>
    public Task WaitForHeartbeatAsync(int count = 1, TimeSpan? timeout = null) =>
        Wait(() => (_state.CurrentConnection?.Heartbeats ?? 0) >= count, timeout, () => $"{count} heartbeat(s) on the current connection");

    public async Task<GatewayClose> WaitForCloseAsync(int connectionNumber, TimeSpan? timeout = null)
    {
        await Wait(() => _state.Closes.Exists(c => c.ConnectionNumber == connectionNumber), timeout, () => $"connection #{connectionNumber} to end").ConfigureAwait(false);
        return Snapshot(() => _state.Closes.First(c => c.ConnectionNumber == connectionNumber));
    }

    /// <summary>Until <paramref name="count"/> gateway connections were opened.</summary>
    public Task WaitForConnectionAsync(int count = 1, TimeSpan? timeout = null) =>
        Wait(() => _state.ConnectionCount >= count, timeout, () => $"{count} connection(s)");

    public Task WaitForCommandRegistrationAsync(int count = 1, TimeSpan? timeout = null) =>
        Wait(() => _state.Registrations.Count >= count, timeout, () => $"{count} accepted command registration(s) (requests: {string.Join(", ", _state.Requests.Where(r => r.Path.Contains("/commands", StringComparison.Ordinal)))})");

    /// <summary>Until a REST request matching <paramref name="match"/> was answered.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        await Wait(() => _state.Requests.Exists(r => r.Status != 0 && match(r)), timeout, () => "a matching REST request").ConfigureAwait(false);
        return Snapshot(() => _state.Requests.First(r => r.Status != 0 && match(r)));
    }

    // The description is built only on timeout, under the fake's lock, so it may read any state.
    private Task Wait(Func<bool> condition, TimeSpan? timeout, Func<string> what) =>
        _state.Waiters.WaitAsync(condition, timeout ?? DefaultTimeout, () => $"{what()}; {DescribeGateway()}");
}
