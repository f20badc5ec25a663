using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace GovBot.FakeDiscord.Tests.Support;

/// <summary>A minimal HTTP-interactions endpoint as a bot would run it: verify Ed25519 over timestamp + raw body with
/// NSec, 401 when it fails, PONG for PING, a reply for anything else. It keeps what it received for the test.</summary>
internal sealed class StandInBotEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PublicKey _publicKey;

    private StandInBotEndpoint(WebApplication app, byte[] publicKey)
    {
        _app = app;
        _publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey);
    }

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<SignedRequest> Received { get; } = new();

    public static async Task<StandInBotEndpoint> StartAsync(byte[] publicKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var endpoint = new StandInBotEndpoint(builder.Build(), publicKey);
        endpoint._app.Run(endpoint.HandleAsync);
        await endpoint._app.StartAsync();
        var address = endpoint._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Url = new Uri(address + "/interactions");
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var signature = http.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = http.Request.Headers["X-Signature-Timestamp"].ToString();
        var valid = Verify(signature, timestamp, body);
        Received.Enqueue(new SignedRequest(signature, timestamp, body, valid, http.Request.Headers.UserAgent.ToString()));
        if (!valid)
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync("invalid request signature");
            return;
        }

        var type = (int)JsonNode.Parse(body)!["type"]!;
        var answer = type == 1
            ? new JsonObject { ["type"] = 1 }
            : new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "pong" } };
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString());
    }

    private bool Verify(string signatureHex, string timestamp, byte[] body)
    {
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, message, signature);
    }
}

internal sealed record SignedRequest(string Signature, string Timestamp, byte[] Body, bool Valid, string UserAgent);
