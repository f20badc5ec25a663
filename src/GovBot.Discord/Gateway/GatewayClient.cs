using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.Discord.Interactions;
using GovBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Gateway;

/// <summary>
/// The gateway connection: Hello, jittered heartbeats with zombie detection, Identify or Resume, READY/RESUMED,
/// and INTERACTION_CREATE handed to the dispatcher without waiting. Reconnects resume where Discord allows it,
/// identify afresh where it does not, back off with jitter after failures, and stop for good on fatal close codes.
/// </summary>
public sealed class GatewayClient(
    DiscordRestClient rest,
    InteractionDispatcher dispatcher,
    IInteractionResponder responder,
    IGatewayObserver observer,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    GatewayExit exit,
    ILogger<GatewayClient> logger) : BackgroundService
{
    private const int MaxPayloadBytes = 4096;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private readonly GatewaySession session = new();

    private enum Next
    {
        Resume,
        Identify,
        Fatal,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        GatewayInfo? info = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var healthy = false;
            try
            {
                if (!session.CanResume || info is null)
                {
                    info = await rest.GetGatewayBotAsync(stoppingToken);
                }

                if (!session.CanResume && info.Remaining <= 0)
                {
                    // Running out of identifies resets the bot's token: wait for the window instead.
                    DiscordLog.IdentifyBudget(logger, info.ResetAfter.TotalMilliseconds);
                    await Task.Delay(info.ResetAfter, time, stoppingToken);
                    info = null;
                    continue;
                }

                var target = session.CanResume ? session.ResumeUrl! : info.Url;
                DiscordLog.Connecting(logger, session.CanResume ? "resume" : "identify");
                var (next, wasHealthy, code) = await RunConnectionAsync(WithQuery(target), stoppingToken);
                healthy = wasHealthy;
                if (next == Next.Fatal)
                {
                    DiscordLog.Fatal(logger, code ?? 0, CloseCodes.Meaning(code ?? 0), CloseCodes.Advice(code ?? 0));
                    exit.Code = GatewayExit.FatalCode;
                    lifetime.StopApplication();
                    return;
                }

                if (next == Next.Identify)
                {
                    session.Forget();
                    info = null;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException ex) when (ex.Status == 401)
            {
                DiscordLog.Fatal(logger, 4004, CloseCodes.Meaning(4004), CloseCodes.Advice(4004));
                exit.Code = GatewayExit.FatalCode;
                lifetime.StopApplication();
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordApiException or JsonException or IOException or OperationCanceledException)
            {
                failures++;
                var delay = Backoff(failures);
                DiscordLog.ConnectFailed(logger, ex.GetType().Name + ": " + ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken);
                continue;
            }

            failures = healthy ? 0 : failures + 1;
            if (failures > 0)
            {
                await Task.Delay(Backoff(failures), time, stoppingToken);
            }
        }
    }

    private async Task<(Next Next, bool Healthy, int? Code)> RunConnectionAsync(Uri uri, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            connectTimeout.CancelAfter(ConnectTimeout);
            await socket.ConnectAsync(uri, connectTimeout.Token);
        }

        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var link = new Connection(socket, new SendLimiter(time), connection.Token);
        Task? heartbeat = null;
        var healthy = false;
        try
        {
            while (true)
            {
                var frame = await ReceiveAsync(socket, stoppingToken);
                if (frame is null)
                {
                    return Classify(socket.CloseStatus is { } status ? (int)status : null, link, healthy);
                }

                using var document = JsonDocument.Parse(frame);
                var root = document.RootElement;
                var op = root.GetProperty("op").GetInt32();
                var d = root.TryGetProperty("d", out var data) ? data : default;
                switch (op)
                {
                    case 10:
                        var interval = TimeSpan.FromMilliseconds(d.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(link, interval);
                        await SendAsync(link, session.CanResume ? Resume() : Identify());
                        break;
                    case 11:
                        link.Acknowledged = true;
                        observer.HeartbeatAcknowledged();
                        break;
                    case 1:
                        await SendAsync(link, Heartbeat());
                        break;
                    case 7:
                        await CloseQuietlyAsync(socket, CloseCodes.Resumable, "reconnect requested");
                        DiscordLog.ConnectionEnded(logger, null, "reconnect requested", "resume");
                        return (Next.Resume, healthy, null);
                    case 9:
                        var resumable = d.ValueKind == JsonValueKind.True;
                        await CloseQuietlyAsync(socket, CloseCodes.Resumable, "invalid session");
                        DiscordLog.ConnectionEnded(logger, null, "invalid session", resumable ? "resume" : "identify");
                        if (!resumable)
                        {
                            // A short random wait keeps reconnecting shards from identifying in a storm.
                            await Task.Delay(TimeSpan.FromMilliseconds(1000 + Random.Shared.Next(0, 4000)), time, stoppingToken);
                        }

                        return (resumable ? Next.Resume : Next.Identify, healthy, null);
                    case 0:
                        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
                        {
                            session.Sequence = s.GetInt32();
                        }

                        healthy |= OnDispatch(root.GetProperty("t").GetString(), d, stoppingToken);
                        break;
                }

                if (link.Zombie)
                {
                    return (Next.Resume, healthy, null);
                }
            }
        }
        catch (WebSocketException) when (!stoppingToken.IsCancellationRequested)
        {
            // The socket dropped without a close frame: resume if there is a session to resume.
            DiscordLog.ConnectionEnded(logger, null, "connection lost", session.CanResume ? "resume" : "identify");
            return (session.CanResume ? Next.Resume : Next.Identify, healthy, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await CloseQuietlyAsync(socket, (int)WebSocketCloseStatus.NormalClosure, "shutting down");
            throw;
        }
        finally
        {
            await connection.CancelAsync();
            if (heartbeat is not null)
            {
                await heartbeat.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private bool OnDispatch(string? type, JsonElement d, CancellationToken stoppingToken)
    {
        switch (type)
        {
            case "READY":
                session.SessionId = d.GetProperty("session_id").GetString();
                session.ResumeUrl = new Uri(d.GetProperty("resume_gateway_url").GetString()!);
                session.ApplicationId = d.TryGetProperty("application", out var app) ? app.GetProperty("id").GetString() : null;
                DiscordLog.Ready(logger, session.ApplicationId ?? "unknown");
                if (session.ApplicationId is { } applicationId)
                {
                    _ = Task.Run(() => observer.ReadyAsync(applicationId, stoppingToken), stoppingToken);
                }

                return true;
            case "RESUMED":
                DiscordLog.Resumed(logger);
                return true;
            case "INTERACTION_CREATE":
                Interaction interaction;
                try
                {
                    interaction = InteractionParser.Parse(d);
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or JsonException)
                {
                    DiscordLog.InteractionUnreadable(logger, ex, d.TryGetProperty("id", out var id) ? id.GetString() ?? "?" : "?");
                    return false;
                }

                dispatcher.Dispatch(interaction, responder, stoppingToken);
                return false;
            default:
                return false;
        }
    }

    private (Next, bool, int?) Classify(int? code, Connection link, bool healthy)
    {
        if (link.Zombie)
        {
            return (Next.Resume, healthy, code);
        }

        if (code is { } c && CloseCodes.IsFatal(c))
        {
            return (Next.Fatal, healthy, c);
        }

        var next = code is { } n && CloseCodes.NeedsNewSession(n) || !session.CanResume ? Next.Identify : Next.Resume;
        DiscordLog.ConnectionEnded(logger, code, "closed by Discord", next == Next.Resume ? "resume" : "identify");
        return (next, healthy, code);
    }

    private async Task HeartbeatAsync(Connection link, TimeSpan interval)
    {
        try
        {
            // The first beat is jittered so that many clients reconnecting together do not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, link.Token);
            while (!link.Token.IsCancellationRequested)
            {
                if (!link.Acknowledged)
                {
                    DiscordLog.Zombie(logger);
                    link.Zombie = true;
                    await CloseQuietlyAsync(link.Socket, CloseCodes.Resumable, "zombie connection");
                    // A zombie peer may never answer the close; stop waiting for it.
                    await Task.Delay(TimeSpan.FromSeconds(2), time, CancellationToken.None);
                    link.Socket.Abort();
                    return;
                }

                link.Acknowledged = false;
                await SendAsync(link, Heartbeat());
                await Task.Delay(interval, time, link.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is over; the receive loop decides what comes next.
        }
    }

    private async Task SendAsync(Connection link, JsonObject payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {bytes.Length} bytes exceeds Discord's {MaxPayloadBytes}-byte limit.");
        }

        await link.Limiter.WaitAsync(link.Token);
        await link.SendLock.WaitAsync(link.Token);
        try
        {
            await link.Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, link.Token);
        }
        finally
        {
            link.SendLock.Release();
        }
    }

    private JsonObject Identify() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = options.Value.Token,
            ["intents"] = 0,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "GovBot", ["device"] = "GovBot" },
            ["shard"] = new JsonArray(options.Value.ShardId, options.Value.ShardCount),
            ["compress"] = false,
        },
    };

    private JsonObject Resume() => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = options.Value.Token, ["session_id"] = session.SessionId, ["seq"] = session.Sequence },
    };

    private JsonObject Heartbeat() => new() { ["op"] = 1, ["d"] = session.Sequence };

    private static async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return message.ToArray();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket, int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 1000 * Math.Pow(2, Math.Min(failures - 1, 6))) + Random.Shared.Next(0, 500));

    private sealed class Connection(ClientWebSocket socket, SendLimiter limiter, CancellationToken token)
    {
        private volatile bool acknowledged = true;
        private volatile bool zombie;

        public ClientWebSocket Socket { get; } = socket;
        public SendLimiter Limiter { get; } = limiter;
        public SemaphoreSlim SendLock { get; } = new(1, 1);
        public CancellationToken Token { get; } = token;

        public bool Acknowledged { get => acknowledged; set => acknowledged = value; }
        public bool Zombie { get => zombie; set => zombie = value; }
    }
}
