using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace GovBot.FakeDiscord.Rest;

/// <summary>The REST pipeline: record the request, then answer as Discord's edge would — scripted failures first,
/// unknown routes, content type, User-Agent and bot token, then the route — with rate-limit headers on every answer.</summary>
internal sealed class RestEndpoint(FakeDiscordState state, RestRouter router, RateLimits rateLimits, CallbackRoutes callbacks)
{
    public const string Prefix = "/api/v10";

    public async Task HandleAsync(HttpContext http)
    {
        var arrived = state.Clock.GetTimestamp();
        var receivedAt = state.Clock.GetUtcNow();
        var fullPath = http.Request.Path.Value ?? "/";
        var versioned = fullPath.StartsWith(Prefix + "/", StringComparison.Ordinal);
        var path = versioned ? fullPath[Prefix.Length..] : fullPath;
        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in http.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var query = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : "";
        var method = http.Request.Method.ToUpperInvariant();
        var record = new RecordedRequest(method, path, query, headers, body, receivedAt);
        lock (state.Gate)
        {
            state.Requests.Add(record);
        }

        var request = new RestRequest(method, path, http.Request.Query, body, headers, arrived, receivedAt) { Record = record };
        var response = versioned ? Answer(request) : Unversioned(fullPath);
        lock (state.Gate)
        {
            record.Status = response.Status;
            state.Waiters.Notify();
        }

        await WriteAsync(http, response).ConfigureAwait(false);
    }

    private RestResponse Answer(RestRequest request)
    {
        var match = router.Match(request.Method, request.Path);
        var template = match.Route?.Template ?? request.Path;
        var major = match.Route?.MajorValue(match.Values) ?? "";
        if (state.Failures.TryTake(request.Path) is { } failure)
        {
            var scripted = Scripted(failure, template);
            if (match.Route?.Template == CallbackRoutes.Template)
            {
                callbacks.RecordRejectedAttempt(request with { RouteValues = match.Values }, scripted.Status);
            }

            return scripted;
        }

        var response = Route(request, match);
        rateLimits.Apply(response, template, major);
        return response;
    }

    private RestResponse Route(RestRequest request, RouteMatch match)
    {
        if (match.Route is null)
        {
            return DiscordErrors.NotFound();
        }

        if (!match.MethodAllowed)
        {
            return DiscordErrors.MethodNotAllowed();
        }

        if (request.Body.Length > 0 && !IsJson(request.Headers.GetValueOrDefault("Content-Type")))
        {
            return DiscordErrors.InvalidFormBody(
                "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}.");
        }

        if (match.Route.BotAuth)
        {
            if (!request.Headers.TryGetValue("User-Agent", out var userAgent) || !userAgent.StartsWith("DiscordBot", StringComparison.Ordinal))
            {
                return DiscordErrors.BadUserAgent();
            }

            if (request.Headers.GetValueOrDefault("Authorization") != "Bot " + state.Options.Token)
            {
                return DiscordErrors.Unauthorized();
            }
        }

        return match.Route.Handle(request with { RouteValues = match.Values });
    }

    private RestResponse Scripted(ScriptedFailures.Failure failure, string template)
    {
        if (failure.Status == 429)
        {
            return rateLimits.TooManyRequests(template, failure.RetryAfterSeconds, failure.Global);
        }

        var response = DiscordErrors.Error(failure.Status, 0, $"{failure.Status}: {ReasonPhrases.GetReasonPhrase(failure.Status)}");
        rateLimits.Apply(response, template, "");
        return response;
    }

    private RestResponse Unversioned(string fullPath)
    {
        // Discord serves other versions too, but a GovBot request outside /api/v10 is a URL-building bug (doc §10).
        var response = DiscordErrors.Error(404, 0, $"404: Not Found (the fake serves {Prefix} only, not {fullPath})");
        rateLimits.Apply(response, fullPath, "");
        return response;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteAsync(HttpContext http, RestResponse response)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.Body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
        }
    }
}
