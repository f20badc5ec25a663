namespace GovBot.FakeDiscord.Gateway;

/// <summary>A gateway session: its sequence numbers and every dispatch it carried, kept so a resume can replay what the
/// client missed.</summary>
internal sealed class GatewaySession(string id)
{
    public string Id { get; } = id;

    public int LastSeq { get; private set; }

    public List<LoggedDispatch> Log { get; } = [];

    public bool Invalidated { get; set; }

    /// <summary>The connection currently carrying the session, or null while the client is away.</summary>
    public GatewayConnection? Connection { get; set; }

    public int NextSeq() => ++LastSeq;
}

internal sealed record LoggedDispatch(int Seq, string Json, InteractionHandle? Interaction);
