using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using GovBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;

namespace GovBot.Discord.Tests;

/// <summary>
/// The real <see cref="InteractionEndpoint"/> on Kestrel, on a loopback port, with its own signing key, a clock the
/// test controls and a log the test can read. Requests go through a real <see cref="HttpClient"/>.
/// </summary>
internal sealed class RunningEndpoint : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly InteractionEndpoint endpoint;

    private RunningEndpoint()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/interactions");
        var options = Options.Create(new DiscordOptions
        {
            Token = "bot-token-never-logged",
            Mode = DiscordMode.Http,
            PublicKey = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            HttpListenUrl = $"http://127.0.0.1:{port}",
        });
        var dispatcher = new InteractionDispatcher(
            [new ControlledCommand("quote")],
            new CommandRunner(new NoUsage(), Time, NullLogger<CommandRunner>.Instance),
            new PagingStore(Time),
            new ModeratorPolicy(Options.Create(new ModerationOptions())),
            options,
            Time,
            NullLogger<InteractionDispatcher>.Instance);
        endpoint = new InteractionEndpoint(
            new SignatureVerifier(options),
            dispatcher,
            new DiscordRestClient(new HttpClient(), options, Time, NullLogger<DiscordRestClient>.Instance),
            new NoReadiness(),
            options,
            Time,
            Log);
    }

    public Uri Url { get; }
    public FakeTimeProvider Time { get; } = new(Now);
    public LogCapture Log { get; } = new();
    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<RunningEndpoint> StartAsync()
    {
        var running = new RunningEndpoint();
        await running.endpoint.StartAsync(CancellationToken.None);
        return running;
    }

    public static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A request as Discord would send it: Ed25519 over timestamp‖body with this endpoint's key (or another one).</summary>
    public HttpRequestMessage Signed(string body, string? timestamp = null, bool rightKey = true) => Signed(Encoding.UTF8.GetBytes(body), timestamp, rightKey);

    public HttpRequestMessage Signed(byte[] body, string? timestamp = null, bool rightKey = true)
    {
        timestamp ??= Stamp(Time.GetUtcNow());
        using var other = rightKey ? null : Key.Create(SignatureAlgorithm.Ed25519);
        var signature = SignatureAlgorithm.Ed25519.Sign(other ?? key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    /// <summary>Headers that pass every check before the body, on a body the test supplies (its signature cannot match).</summary>
    public HttpRequestMessage WithPlausibleHeaders(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        request.Headers.Add("X-Signature-Ed25519", new string('a', 128));
        request.Headers.Add("X-Signature-Timestamp", Stamp(Time.GetUtcNow()));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await endpoint.StopAsync(CancellationToken.None);
        await endpoint.DisposeAsync();
        key.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class NoUsage : IUsageLog
    {
        public void Record(UsageEvent usage)
        {
        }

        public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) => [];

        public int PurgeBefore(DateTime cutoffUtc) => 0;
    }

    private sealed class NoReadiness : IGatewayObserverAdapter
    {
        public Task EndpointStartedAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
