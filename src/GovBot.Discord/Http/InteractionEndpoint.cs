using GovBot.Discord.Interactions;
using GovBot.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Http;

/// <summary>
/// Endpoint mode (<c>Discord__Mode=Http</c>): <c>POST /interactions</c> on Kestrel. In order: a declared body over
/// 1 MB gets 413; a missing, non-numeric or stale (over 5 minutes) timestamp or a malformed signature gets 401; the
/// body is read into a pooled buffer, counting, and one byte over 1 MB gets 413; a bad signature gets 401; only then
/// is JSON parsed, and a signed but malformed payload gets 400. PING is answered with PONG, everything else goes
/// through the same dispatcher and is answered in the response. Stateless per request, so several instances can sit
/// behind a load balancer.
/// </summary>
public sealed class InteractionEndpoint(
    SignatureVerifier verifier,
    InteractionDispatcher dispatcher,
    DiscordRestClient rest,
    IGatewayObserverAdapter readiness,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private const string SignatureHeader = "X-Signature-Ed25519";
    private const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>
    /// Kestrel's own limit, which counts chunk framing too. After a refusal Kestrel reads on and discards the rest of
    /// a body (so the client can read the 413) only up to this, for at most 5 s, then closes the connection. The
    /// default would let it read 30 MB of every refused body.
    /// </summary>
    private const long WireLimit = 2L * SignedRequestBody.MaxBytes;

    /// <summary>Discord waits 3 s for the first response; the dispatcher defers well before that.</summary>
    private static readonly TimeSpan FirstResponseLimit = TimeSpan.FromSeconds(3);

    private readonly ILogger logger = loggers.CreateLogger<InteractionEndpoint>();
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.HttpListenUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WireLimit);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/interactions", (Delegate)HandleAsync);
        app.MapGet("/healthz", () => Results.Ok("ok"));
        await app.StartAsync(cancellationToken);
        await readiness.EndpointStartedAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;

        // Cheapest checks first, and none of them needs the body: nothing unauthenticated is read before them.
        if (request.ContentLength > SignedRequestBody.MaxBytes)
        {
            HttpEndpointLog.TooLarge(logger, $"Content-Length {request.ContentLength} is over the {SignedRequestBody.MaxBytes}-byte limit");
            return TooLarge(context);
        }

        var signature = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (RequestTimestamp.Problem(timestamp, time.GetUtcNow()) is { } stale)
        {
            HttpEndpointLog.BadTimestamp(logger, stale);
            return Unauthorized();
        }

        if (!SignatureVerifier.IsWellFormed(signature))
        {
            DiscordLog.BadSignature(logger);
            return Unauthorized();
        }

        SignedRequestBody? body;
        try
        {
            body = await SignedRequestBody.ReadAsync(request.Body, request.ContentLength, timestamp, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Only a body sent in very many tiny chunks gets here: its framing passed the wire limit first.
            HttpEndpointLog.TooLarge(logger, $"with its chunk framing the body passed {WireLimit} bytes");
            return TooLarge(context);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's other limits: broken chunk framing, a body trickling in below the minimum data rate.
            HttpEndpointLog.Unreadable(logger, ex.StatusCode, ex.Message);
            return Results.Text("unreadable request body", statusCode: ex.StatusCode);
        }

        if (body is null)
        {
            HttpEndpointLog.TooLarge(logger, $"the body passed the {SignedRequestBody.MaxBytes}-byte limit while being read");
            return TooLarge(context);
        }

        Interaction? interaction;
        using (body)
        {
            if (!verifier.IsValid(signature, body.SignedMessage))
            {
                DiscordLog.BadSignature(logger);
                return Unauthorized();
            }

            if (!InteractionPayload.TryRead(body.Json, out interaction, out var problem))
            {
                HttpEndpointLog.Malformed(logger, problem);
                return Results.Text("malformed interaction payload", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        var responder = new InlineResponder(rest);
        _ = dispatcher.HandleAsync(interaction, responder, context.RequestAborted);
        try
        {
            var response = await responder.FirstResponse.WaitAsync(FirstResponseLimit, time, context.RequestAborted);
            return Results.Content(response.ToJsonString(), "application/json");
        }
        catch (TimeoutException)
        {
            HttpEndpointLog.NoFirstResponse(logger, interaction.Id, (int)FirstResponseLimit.TotalSeconds);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Unauthorized() => Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>The rest of the body is not read into anything, so the connection cannot be used again; the client is told.</summary>
    private static IResult TooLarge(HttpContext context)
    {
        context.Response.Headers.Connection = "close";
        return Results.Text("request body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
    }
}
