using System.Net;
using GovBot.FakeDiscord.Gateway;
using GovBot.FakeDiscord.Interactions;
using GovBot.FakeDiscord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovBot.FakeDiscord;

/// <summary>A Discord stand-in on loopback for tests: REST under <c>/api/v10</c>, the v10 JSON gateway, interaction
/// callbacks and webhooks, with recording, waiting and fault injection. Start one per test.</summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly FakeDiscordState _state;
    private readonly CancellationTokenSource _stopping = new();
    private readonly InteractionSigner _signer = new();
    private readonly HttpClient _http = new();
    private readonly InteractionDelivery _delivery;
    private readonly GatewayProtocol _protocol;
    private readonly GatewayEndpoint _gateway;
    private readonly CallbackRoutes _callbacks;
    private readonly RestEndpoint _rest;
    private readonly List<Exception> _faults = [];
    private WebApplication? _app;

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        _state = new FakeDiscordState(options) { PublicKeyHex = Convert.ToHexStringLower(_signer.PublicKey) };
        _delivery = new InteractionDelivery(_state);
        _protocol = new GatewayProtocol(_state, _delivery);
        _gateway = new GatewayEndpoint(_state, _protocol, _stopping.Token);
        _callbacks = new CallbackRoutes(_state);
        var routes = new List<RestRoute>();
        routes.AddRange(new GatewayInfoRoutes(_state, options.Clock.GetTimestamp()).Routes());
        routes.AddRange(new CommandRoutes(_state).Routes());
        routes.AddRange(_callbacks.Routes());
        routes.AddRange(new WebhookRoutes(_state).Routes());
        _rest = new RestEndpoint(_state, new RestRouter(routes), new RateLimits(TimeProvider.System), _callbacks);
    }

    /// <summary>"http://127.0.0.1:{port}/api/v10", without a trailing slash.</summary>
    public string ApiBaseUrl => $"http://127.0.0.1:{_state.Port}{RestEndpoint.Prefix}";

    /// <summary>What <c>/gateway/bot</c> returns as <c>url</c>: "ws://127.0.0.1:{port}/gateway".</summary>
    public string GatewayUrl => _state.GatewayUrl;

    public int Port => _state.Port;

    public FakeDiscordOptions Options => _state.Options;

    /// <summary>The application's raw 32-byte Ed25519 public key (HTTP-interactions mode).</summary>
    public byte[] PublicKey => _signer.PublicKey;

    public string PublicKeyHex => _state.PublicKeyHex;

    /// <summary>Exceptions the fake itself threw while answering (a bug in the fake, answered with 500): tests of the
    /// fake assert it stays empty.</summary>
    public IReadOnlyList<Exception> FakeFaults
    {
        get
        {
            lock (_faults)
            {
                return [.. _faults];
            }
        }
    }

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, CancellationToken ct = default)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        try
        {
            await server.StartListeningAsync(ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Cancelling first ends every socket loop, so stopping the host does not wait on open WebSockets.
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _app.StopAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped as far as it would within the grace period; disposal below releases the rest.
            }

            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _signer.Dispose();
        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task StartListeningAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _app.Run(HandleAsync);
        await _app.StartAsync(ct).ConfigureAwait(false);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _state.Port = new Uri(address).Port;
    }

    private async Task HandleAsync(HttpContext http)
    {
        try
        {
            switch (http.Request.Path.Value)
            {
                case "/gateway" or "/gateway/":
                    await _gateway.HandleAsync(http, "/gateway").ConfigureAwait(false);
                    break;
                case "/gateway-resume" or "/gateway-resume/":
                    await _gateway.HandleAsync(http, "/gateway-resume").ConfigureAwait(false);
                    break;
                default:
                    await _rest.HandleAsync(http).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            lock (_faults)
            {
                _faults.Add(ex);
            }

            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = 500;
                await http.Response.WriteAsJsonAsync(new { message = "fake Discord failed: " + ex.Message, code = 0 }).ConfigureAwait(false);
            }
        }
    }
}
