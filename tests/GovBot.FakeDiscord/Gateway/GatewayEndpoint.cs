using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace GovBot.FakeDiscord.Gateway;

/// <summary>Accepts gateway WebSockets on <c>/gateway</c> and <c>/gateway-resume</c>, says Hello, and runs one receive
/// loop and one send loop per connection until it ends.</summary>
internal sealed class GatewayEndpoint(FakeDiscordState state, GatewayProtocol protocol, CancellationToken serverStopping)
{
    public async Task HandleAsync(HttpContext http, string path)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { message = "The gateway speaks WebSocket only.", code = 0 }).ConfigureAwait(false);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        GatewayConnection connection;
        lock (state.Gate)
        {
            var number = ++state.ConnectionCount;
            connection = new GatewayConnection(state, http, socket, number, serverStopping);
            var query = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : "";
            state.Connections.Add(new GatewayConnectionInfo(number, path, query, state.Clock.GetUtcNow()));
            state.CurrentConnection = connection;
            if (QueryRefusal(http.Request.Query) is { } refusal)
            {
                connection.Close(refusal.Code, refusal.Reason);
            }
            else
            {
                connection.Send(GatewayPayloads.Hello(state.Options.HeartbeatIntervalMs));
            }

            state.Waiters.Notify();
        }

        var sending = connection.RunSendLoopAsync();
        _ = CloseUnlessAuthenticatedAsync(connection);
        await ReceiveAsync(connection).ConfigureAwait(false);
        connection.ReceiveEnded();
        await sending.ConfigureAwait(false);
        connection.EndLifetime();
    }

    private static (int Code, string Reason)? QueryRefusal(IQueryCollection query)
    {
        if (query["v"] != "10")
        {
            return (GatewayCloseCodes.InvalidApiVersion, "Invalid API version.");
        }

        // The fake speaks plain JSON only; a client expecting ETF or compressed frames could not read it.
        if (query.TryGetValue("encoding", out var encoding) && encoding != "json")
        {
            return (GatewayCloseCodes.DecodeError, "Unsupported encoding: the fake speaks encoding=json only.");
        }

        if (query.ContainsKey("compress"))
        {
            return (GatewayCloseCodes.DecodeError, "Unsupported compression: the fake sends uncompressed frames only.");
        }

        return null;
    }

    private async Task ReceiveAsync(GatewayConnection connection)
    {
        var chunk = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await connection.Socket.ReceiveAsync(chunk.AsMemory(), connection.Lifetime).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                state.RecordClose(connection, null, "connection lost without a close frame", byClient: !serverStopping.IsCancellationRequested);
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                // A close frame without a status is reported as 1005, as WebSocket libraries do.
                var code = (int?)connection.Socket.CloseStatus ?? 1005;
                state.RecordClose(connection, code, connection.Socket.CloseStatusDescription ?? "", byClient: true);
                lock (state.Gate)
                {
                    if (!connection.Closing)
                    {
                        connection.EchoClientClose();
                    }
                }

                return;
            }

            message.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                protocol.OnMessage(connection, message.ToArray(), result.MessageType == WebSocketMessageType.Binary);
                message.SetLength(0);
            }
        }
    }

    private async Task CloseUnlessAuthenticatedAsync(GatewayConnection connection)
    {
        try
        {
            await Task.Delay(state.Options.IdentifyTimeout, connection.Lifetime).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (state.Gate)
        {
            if (!connection.AuthAttempted && !connection.Closing && !connection.Ended)
            {
                connection.Close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
            }
        }
    }
}
