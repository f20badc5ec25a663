using System.Text.Json;
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
/// Endpoint mode (<c>Discord__Mode=Http</c>): <c>POST /interactions</c> on Kestrel, signature checked first (401 if
/// missing or bad), PING answered with PONG, everything else through the same dispatcher, answered in the response.
/// Stateless per request, so several instances can sit behind a load balancer.
/// </summary>
public sealed class InteractionEndpoint(
    SignatureVerifier verifier,
    InteractionDispatcher dispatcher,
    DiscordRestClient rest,
    IGatewayObserverAdapter readiness,
    IOptions<DiscordOptions> options,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private const int MaxBodyBytes = 1024 * 1024;
    private readonly ILogger logger = loggers.CreateLogger<InteractionEndpoint>();
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Value.HttpListenUrl);
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
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = buffer.ToArray();
        if (!verifier.IsValid(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            DiscordLog.BadSignature(logger);
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        Interaction interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = InteractionParser.Parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Results.BadRequest();
        }

        var responder = new InlineResponder(rest);
        var handling = dispatcher.HandleAsync(interaction, responder, context.RequestAborted);
        var response = await responder.FirstResponse.WaitAsync(TimeSpan.FromSeconds(3), context.RequestAborted);
        _ = handling;
        return Results.Content(response.ToJsonString(), "application/json");
    }
}
