namespace GovBot.FakeDiscord;

/// <summary>What the fake saw. Every list is a snapshot taken under the fake's lock.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Every REST request, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Snapshot(() => _state.Requests.ToArray());

    /// <summary>Every payload clients sent over any gateway connection.</summary>
    public IReadOnlyList<GatewayFrame> ClientFrames => Snapshot(() => _state.Frames.ToArray());

    /// <summary>How each gateway connection ended, one entry per ended connection.</summary>
    public IReadOnlyList<GatewayClose> Closes => Snapshot(() => _state.Closes.ToArray());

    /// <summary>Every gateway connection: which URL it used and when.</summary>
    public IReadOnlyList<GatewayConnectionInfo> Connections => Snapshot(() => _state.Connections.ToArray());

    public int ConnectionCount => Snapshot(() => _state.ConnectionCount);

    /// <summary>Identify payloads received, accepted or refused.</summary>
    public int IdentifyCount => Snapshot(() => _state.IdentifyCount);

    /// <summary>READY dispatches sent (one per accepted Identify).</summary>
    public int ReadyCount => Snapshot(() => _state.ReadySent);

    /// <summary>Resume payloads received, accepted or refused.</summary>
    public int ResumeCount => Snapshot(() => _state.ResumeCount);

    /// <summary>RESUMED dispatches sent (one per accepted Resume).</summary>
    public int ResumedCount => Snapshot(() => _state.ResumedSent);

    /// <summary>Heartbeats received on the current (most recent) connection.</summary>
    public int HeartbeatCount => Snapshot(() => _state.CurrentConnection?.Heartbeats ?? 0);

    /// <summary>Accepted bulk overwrites, global and guild, in order.</summary>
    public IReadOnlyList<RegisteredCommands> CommandRegistrations => Snapshot(() => _state.Registrations.ToArray());

    /// <summary>Every interaction the fake created (dispatched or posted), in creation order.</summary>
    public IReadOnlyList<InteractionHandle> Interactions => Snapshot(() => _state.Interactions.ToArray());

    /// <summary>The session id of the most recent session, or null before the first READY.</summary>
    public string? SessionId => Snapshot(() => _state.LatestSession?.Id);

    public InteractionHandle? FindInteraction(string id) => Snapshot(() => _state.InteractionsById.GetValueOrDefault(id));

    private T Snapshot<T>(Func<T> read)
    {
        lock (_state.Gate)
        {
            return read();
        }
    }

    /// <summary>A one-line picture of the gateway for timeout messages.</summary>
    private string DescribeGateway()
    {
        var closes = string.Join(", ", _state.Closes.Select(c => $"#{c.ConnectionNumber} {c.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} by {(c.ClosedByClient ? "client" : "fake")}"));
        var ops = string.Join(",", _state.Frames.TakeLast(12).Select(f => $"#{f.ConnectionNumber}:op{f.Op}"));
        return $"connections {_state.ConnectionCount}, identifies {_state.IdentifyCount} (READY sent {_state.ReadySent}), "
            + $"resumes {_state.ResumeCount} (RESUMED sent {_state.ResumedSent}), closes [{closes}], last client payloads [{ops}]";
    }
}
