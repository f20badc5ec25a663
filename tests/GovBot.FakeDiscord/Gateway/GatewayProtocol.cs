using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Gateway;

/// <summary>What the fake does with each client payload: heartbeats, Identify, Resume, and the close codes Discord uses
/// when a client breaks the rules. Runs with the gate held, so its decisions and the send queue stay in step.</summary>
internal sealed class GatewayProtocol(FakeDiscordState state, InteractionDelivery delivery)
{
    private const int MaxPayloadBytes = 4096;

    // Every intent bit Discord defines today (0–25); anything above is "invalid intent(s)".
    private const long KnownIntents = (1L << 26) - 1;

    public void OnMessage(GatewayConnection connection, byte[] payload, bool binary)
    {
        lock (state.Gate)
        {
            if (connection.Closing || connection.Ended)
            {
                return;
            }

            var json = Encoding.UTF8.GetString(payload);
            var body = TryParse(json);
            var op = body?["op"] is JsonValue opValue && opValue.TryGetValue<int>(out var parsed) ? parsed : -1;
            state.Frames.Add(new GatewayFrame(connection.Number, op, json, state.Clock.GetUtcNow()));

            if (!WithinSendLimit(connection))
            {
                connection.Close(GatewayCloseCodes.RateLimited, "You are being rate limited.");
            }
            else if (payload.Length > MaxPayloadBytes || binary || body is null)
            {
                connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            }
            else
            {
                Handle(connection, op, body["d"]);
            }

            state.Waiters.Notify();
        }
    }

    /// <summary>Op 9. With <paramref name="resumable"/> false the session is gone for good.</summary>
    public Task InvalidateSession(GatewayConnection connection, bool resumable)
    {
        var sent = connection.Send(GatewayPayloads.InvalidSession(resumable));
        if (connection.Session is { } session)
        {
            session.Invalidated |= !resumable;
            if (session.Connection == connection)
            {
                session.Connection = null;
            }
        }

        connection.Authenticated = false;
        _ = CloseIfStillUnauthenticatedAsync(connection, resumable);
        return sent;
    }

    private void Handle(GatewayConnection connection, int op, JsonNode? data)
    {
        switch (op)
        {
            case 1:
                Heartbeat(connection);
                break;
            case 2:
                Identify(connection, data);
                break;
            case 6:
                Resume(connection, data);
                break;
            case 3 or 4 or 8 or 31 or 43:
                // Presence, voice, member requests: accepted and ignored, but only from an authenticated client.
                if (!connection.Authenticated)
                {
                    connection.Close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
                }

                break;
            default:
                connection.Close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
                break;
        }
    }

    private void Heartbeat(GatewayConnection connection)
    {
        connection.Heartbeats++;
        if (state.WithholdNextAck)
        {
            state.WithholdNextAck = false;
            return;
        }

        connection.Send(GatewayPayloads.HeartbeatAck());
    }

    private void Identify(GatewayConnection connection, JsonNode? data)
    {
        state.IdentifyCount++;
        connection.AuthAttempted = true;
        if (connection.Authenticated)
        {
            connection.Close(GatewayCloseCodes.AlreadyAuthenticated, "You're already authenticated.");
            return;
        }

        if (data is not JsonObject identify)
        {
            connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return;
        }

        if (!TokenMatches(identify) || state.AcceptedIdentifies >= state.Options.IdentifyBudget)
        {
            connection.Close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
            return;
        }

        if (identify["intents"] is not JsonValue intentsValue
            || !intentsValue.TryGetValue<long>(out var intents)
            || intents < 0
            || (intents & ~KnownIntents) != 0)
        {
            connection.Close(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).");
            return;
        }

        if (!TryReadShard(identify["shard"], out var shard))
        {
            connection.Close(GatewayCloseCodes.InvalidShard, "Invalid shard.");
            return;
        }

        state.AcceptedIdentifies++;
        var session = new GatewaySession(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));
        state.Sessions[session.Id] = session;
        Attach(session, connection);
        var ready = GatewayPayloads.Ready(state, session.Id, shard);
        connection.Send(GatewayPayloads.Dispatch("READY", session.NextSeq(), ready), afterSent: () => state.ReadySent++);
        delivery.DeliverPending(session, connection);
    }

    private void Resume(GatewayConnection connection, JsonNode? data)
    {
        state.ResumeCount++;
        connection.AuthAttempted = true;
        if (connection.Authenticated)
        {
            connection.Close(GatewayCloseCodes.AlreadyAuthenticated, "You're already authenticated.");
            return;
        }

        if (data is not JsonObject resume || resume["session_id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var sessionId))
        {
            connection.Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return;
        }

        if (!TokenMatches(resume))
        {
            connection.Close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
            return;
        }

        if (!state.Sessions.TryGetValue(sessionId, out var session) || session.Invalidated)
        {
            InvalidateSession(connection, resumable: false);
            return;
        }

        var seq = resume["seq"] is JsonValue seqValue && seqValue.TryGetValue<int>(out var s) ? s : 0;
        if (seq < 0 || seq > session.LastSeq)
        {
            connection.Close(GatewayCloseCodes.InvalidSeq, "Invalid seq.");
            return;
        }

        if (session.Connection is { } previous && previous != connection)
        {
            // The old socket no longer carries the session; its later close must not end it.
            previous.Session = null;
            previous.Authenticated = false;
        }

        Attach(session, connection);
        delivery.Replay(session, connection, seq);
        var resumed = new JsonObject { ["_trace"] = new JsonArray("[\"fake-discord-gateway\"]") };
        connection.Send(GatewayPayloads.Dispatch("RESUMED", session.NextSeq(), resumed), afterSent: () => state.ResumedSent++);
    }

    private void Attach(GatewaySession session, GatewayConnection connection)
    {
        session.Connection = connection;
        connection.Session = session;
        connection.Authenticated = true;
        state.LatestSession = session;
    }

    private bool TokenMatches(JsonObject payload) =>
        payload["token"] is JsonValue token && token.TryGetValue<string>(out var value) && value == state.Options.Token;

    private static bool TryReadShard(JsonNode? node, out JsonArray shard)
    {
        shard = new JsonArray(0, 1);
        if (node is null)
        {
            return true;
        }

        if (node is JsonArray { Count: 2 } pair
            && pair[0] is JsonValue idValue && idValue.TryGetValue<int>(out var id)
            && pair[1] is JsonValue countValue && countValue.TryGetValue<int>(out var count)
            && count >= 1 && id >= 0 && id < count)
        {
            shard = new JsonArray(id, count);
            return true;
        }

        return false;
    }

    private bool WithinSendLimit(GatewayConnection connection)
    {
        var now = Environment.TickCount64;
        var recent = connection.RecentPayloads;
        while (recent.Count > 0 && now - recent.Peek() >= 60_000)
        {
            recent.Dequeue();
        }

        recent.Enqueue(now);
        return recent.Count <= state.Options.GatewayPayloadsPerMinute;
    }

    private async Task CloseIfStillUnauthenticatedAsync(GatewayConnection connection, bool resumable)
    {
        try
        {
            await Task.Delay(state.Options.InvalidSessionCloseDelay, connection.Lifetime).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (state.Gate)
        {
            if (!connection.Authenticated && !connection.Closing && !connection.Ended)
            {
                connection.Close(
                    resumable ? GatewayCloseCodes.UnknownError : GatewayCloseCodes.SessionTimedOut,
                    resumable ? "Unknown error." : "Session timed out.");
            }
        }
    }

    private static JsonObject? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
