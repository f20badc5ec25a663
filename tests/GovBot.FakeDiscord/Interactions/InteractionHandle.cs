using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord;

/// <summary>What became of one interaction the fake created: when it reached the client, and every callback, edit and
/// followup the client sent for it. Timings use <see cref="FakeDiscordOptions.Clock"/>.</summary>
public sealed class InteractionHandle
{
    private readonly object _gate;
    private readonly TimeProvider _clock;
    private readonly JsonObject _payload;
    private readonly List<CallbackAttempt> _attempts = [];
    private readonly List<JsonObject> _originalEdits = [];
    private readonly List<JsonObject> _followups = [];
    private readonly TaskCompletionSource<JsonObject> _callback = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonObject> _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonObject> _originalEdit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan? _callbackDelay;
    private DateTimeOffset? _deliveredAt;
    private int _deliveries;

    internal InteractionHandle(JsonObject payload, bool viaGateway, object gate, TimeProvider clock)
    {
        _payload = payload;
        _gate = gate;
        _clock = clock;
        Id = (string)payload["id"]!;
        Token = (string)payload["token"]!;
        Type = (int)payload["type"]!;
        ViaGateway = viaGateway;
        CreatedAt = clock.GetUtcNow();
    }

    public string Id { get; }

    public string Token { get; }

    /// <summary>The interaction type (2 command, 3 component, 4 autocomplete, …).</summary>
    public int Type { get; }

    /// <summary>A copy of the interaction object as delivered.</summary>
    public JsonObject Payload
    {
        get
        {
            lock (_gate)
            {
                return Reparsed(_payload);
            }
        }
    }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When the interaction was last written to a client (a replay after RESUMED moves it); null until then.</summary>
    public DateTimeOffset? DeliveredAt
    {
        get
        {
            lock (_gate)
            {
                return _deliveredAt;
            }
        }
    }

    /// <summary>How often it was written to a client: 2 or more means it was replayed.</summary>
    public int DeliveryCount
    {
        get
        {
            lock (_gate)
            {
                return _deliveries;
            }
        }
    }

    /// <summary>The body of the first callback the fake accepted (<c>POST /interactions/{id}/{token}/callback</c>, or in
    /// HTTP-interactions mode a 200 inline answer). A late, second or invalid callback never completes it, so awaiting it
    /// proves the interaction was answered in time; see <see cref="CallbackResults"/> for rejected attempts.</summary>
    public Task<JsonObject> Callback => _callback.Task;

    /// <summary>The body of the first callback attempt, accepted or not.</summary>
    public Task<JsonObject> FirstCallbackAttempt => _firstAttempt.Task;

    /// <summary>From delivery (or the replay that delivered it last) to the arrival of the accepted callback.</summary>
    public TimeSpan? CallbackDelay
    {
        get
        {
            lock (_gate)
            {
                return _callbackDelay;
            }
        }
    }

    /// <summary>Every callback body, including rejected ones (late, second, invalid, scripted failures).</summary>
    public IReadOnlyList<JsonObject> CallbackAttempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts.Select(a => a.Body)];
            }
        }
    }

    /// <summary>Every callback attempt with the status the fake answered and its delay after delivery.</summary>
    public IReadOnlyList<CallbackAttempt> CallbackResults
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>The callback type that acknowledged the interaction, or null while none was accepted.</summary>
    public int? AcknowledgedWith
    {
        get
        {
            lock (_gate)
            {
                return AckType;
            }
        }
    }

    /// <summary>The body of the first <c>PATCH /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public Task<JsonObject> OriginalEdit => _originalEdit.Task;

    public IReadOnlyList<JsonObject> OriginalEdits
    {
        get
        {
            lock (_gate)
            {
                return [.. _originalEdits];
            }
        }
    }

    /// <summary>Bodies of accepted <c>POST /webhooks/{app}/{token}</c> followups.</summary>
    public IReadOnlyList<JsonObject> Followups
    {
        get
        {
            lock (_gate)
            {
                return [.. _followups];
            }
        }
    }

    /// <summary>The message the interaction's response currently shows (after callbacks and edits), or null.</summary>
    public JsonObject? OriginalMessage
    {
        get
        {
            lock (_gate)
            {
                return OriginalMessageState is null || OriginalDeleted ? null : Reparsed(OriginalMessageState);
            }
        }
    }

    // State below is only touched while holding the server's gate.
    internal bool ViaGateway { get; }

    /// <summary>Written to a socket's send queue, so a READY must not deliver it again.</summary>
    internal bool Enqueued { get; set; }

    internal long? DeliveredTimestamp { get; private set; }

    internal long? AckTimestamp { get; private set; }

    internal int? AckType { get; private set; }

    internal JsonObject? OriginalMessageState { get; set; }

    internal bool OriginalDeleted { get; set; }

    internal Dictionary<string, JsonObject> FollowupMessages { get; } = [];

    internal JsonObject RawPayload => _payload;

    internal void MarkDelivered(long timestamp)
    {
        DeliveredTimestamp = timestamp;
        _deliveredAt = _clock.GetUtcNow();
        _deliveries++;
    }

    internal void RecordCallbackAttempt(JsonObject body, int status, long arrivedTimestamp)
    {
        TimeSpan? delay = DeliveredTimestamp is { } delivered ? _clock.GetElapsedTime(delivered, arrivedTimestamp) : null;
        _attempts.Add(new CallbackAttempt(body, status, delay));
        _firstAttempt.TrySetResult(body);
        if (status is >= 200 and < 300 && !_callback.Task.IsCompleted)
        {
            _callbackDelay = delay;
            _callback.TrySetResult(body);
        }
    }

    internal void Acknowledge(int type, long timestamp)
    {
        AckType = type;
        AckTimestamp = timestamp;
    }

    internal void RecordOriginalEdit(JsonObject body)
    {
        _originalEdits.Add(body);
        _originalEdit.TrySetResult(body);
    }

    internal void RecordFollowup(JsonObject body) => _followups.Add(body);

    public override string ToString() => $"interaction {Id} (type {Type})";

    // A copy read back from its JSON text, so numbers convert to any numeric type as they do after a real round trip.
    private static JsonObject Reparsed(JsonObject node) => (JsonObject)JsonNode.Parse(node.ToJsonString())!;
}
