using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Gateway;

/// <summary>Decides where an INTERACTION_CREATE goes: straight to the live session, into the log of a session the client
/// may resume (so the replay carries it), or nowhere yet (the next READY delivers it). Call with the gate held.</summary>
internal sealed class InteractionDelivery(FakeDiscordState state)
{
    public void Dispatch(InteractionHandle interaction)
    {
        if (state.LatestSession is not { Invalidated: false } session)
        {
            return;
        }

        if (session.Connection is { Ended: false, Closing: false, Authenticated: true } connection)
        {
            Send(session, connection, interaction);
        }
        else
        {
            var seq = session.NextSeq();
            session.Log.Add(new LoggedDispatch(seq, Json(seq, interaction), interaction));
        }
    }

    /// <summary>After READY: everything created while no session could take it, oldest first.</summary>
    public void DeliverPending(GatewaySession session, GatewayConnection connection)
    {
        foreach (var interaction in state.Interactions)
        {
            if (interaction.ViaGateway && !interaction.Enqueued)
            {
                Send(session, connection, interaction);
            }
        }
    }

    /// <summary>After a Resume: every dispatch after the client's last seen sequence number, in order.</summary>
    public void Replay(GatewaySession session, GatewayConnection connection, int afterSeq)
    {
        foreach (var dispatch in session.Log)
        {
            if (dispatch.Seq > afterSeq)
            {
                if (dispatch.Interaction is { } interaction)
                {
                    interaction.Enqueued = true;
                }

                connection.Send(dispatch.Json, dispatch.Interaction);
            }
        }
    }

    private static void Send(GatewaySession session, GatewayConnection connection, InteractionHandle interaction)
    {
        var seq = session.NextSeq();
        var json = Json(seq, interaction);
        session.Log.Add(new LoggedDispatch(seq, json, interaction));
        interaction.Enqueued = true;
        connection.Send(json, interaction);
    }

    private static string Json(int seq, InteractionHandle interaction) =>
        GatewayPayloads.Dispatch("INTERACTION_CREATE", seq, (JsonObject)interaction.RawPayload.DeepClone());
}
