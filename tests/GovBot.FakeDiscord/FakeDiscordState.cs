using GovBot.FakeDiscord.Gateway;
using GovBot.FakeDiscord.Rest;

namespace GovBot.FakeDiscord;

/// <summary>Everything the fake knows, shared by its REST and gateway halves. One lock (<see cref="Gate"/>) guards all of
/// it: the traffic is small, and one lock keeps orderings (sequence numbers, replay, delivery) obviously consistent.</summary>
internal sealed class FakeDiscordState
{
    public FakeDiscordState(FakeDiscordOptions options)
    {
        Options = options;
        Waiters = new ConditionWaiters(Gate);
    }

    public object Gate { get; } = new();

    public FakeDiscordOptions Options { get; }

    public TimeProvider Clock => Options.Clock;

    public ConditionWaiters Waiters { get; }

    public int Port { get; set; }

    public string PublicKeyHex { get; init; } = "";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeGatewayUrl => $"ws://127.0.0.1:{Port}/gateway-resume";

    public List<RecordedRequest> Requests { get; } = [];

    public List<GatewayFrame> Frames { get; } = [];

    public List<GatewayClose> Closes { get; } = [];

    public List<GatewayConnectionInfo> Connections { get; } = [];

    public List<RegisteredCommands> Registrations { get; } = [];

    public List<InteractionHandle> Interactions { get; } = [];

    public Dictionary<string, InteractionHandle> InteractionsById { get; } = [];

    public Dictionary<string, InteractionHandle> InteractionsByToken { get; } = [];

    public Dictionary<string, GatewaySession> Sessions { get; } = [];

    public CommandStore Commands { get; } = new();

    public ScriptedFailures Failures { get; } = new();

    /// <summary>The session that new dispatches belong to: the one most recently started or resumed.</summary>
    public GatewaySession? LatestSession { get; set; }

    /// <summary>The most recently opened gateway connection; fault injection acts on it.</summary>
    public GatewayConnection? CurrentConnection { get; set; }

    public int ConnectionCount { get; set; }

    /// <summary>Identify payloads received, accepted or not.</summary>
    public int IdentifyCount { get; set; }

    /// <summary>Identifies that started a session (they spend the identify budget).</summary>
    public int AcceptedIdentifies { get; set; }

    public int ReadySent { get; set; }

    /// <summary>Resume payloads received, accepted or not.</summary>
    public int ResumeCount { get; set; }

    public int ResumedSent { get; set; }

    public bool WithholdNextAck { get; set; }

    public void Register(InteractionHandle handle)
    {
        Interactions.Add(handle);
        InteractionsById[handle.Id] = handle;
        InteractionsByToken[handle.Token] = handle;
    }

    /// <summary>Records how a connection ended; only the first ending counts (a server close followed by the client's
    /// echo is one close, the server's).</summary>
    public void RecordClose(GatewayConnection connection, int? code, string reason, bool byClient)
    {
        lock (Gate)
        {
            if (connection.Ended)
            {
                return;
            }

            connection.Ended = true;
            Closes.Add(new GatewayClose(connection.Number, code, reason, byClient, Clock.GetUtcNow()));
            if (connection.Session is { } session)
            {
                if (session.Connection == connection)
                {
                    session.Connection = null;
                }

                if (GatewayCloseCodes.EndsSession(code, byClient))
                {
                    session.Invalidated = true;
                }
            }

            Waiters.Notify();
        }
    }
}
