using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Rest;

/// <summary>
/// The typed REST client. Bot routes carry <c>Authorization: Bot …</c>; interaction and webhook routes are
/// authenticated by the token in their path and go without it. 429s wait <c>retry_after</c>; 5xx and network
/// errors are retried a few times with backoff.
/// </summary>
public sealed class DiscordRestClient
{
    private const int MaxAttempts = 4;
    private static readonly string Version = typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    private readonly HttpClient http;
    private readonly DiscordOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordRestClient> logger;
    private readonly RateLimiter limiter;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        this.http = http;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        limiter = new RateLimiter(time);
        http.DefaultRequestHeaders.UserAgent.Clear();
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot (https://github.com/govbot/govbot, {Version})");
    }

    public async Task<GatewayInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        var json = await SendAsync(HttpMethod.Get, "gateway/bot", "GET /gateway/bot", body: null, bot: true, ct) ?? throw new DiscordApiException("GET /gateway/bot", 200, null, "empty body");
        var limit = json["session_start_limit"];
        return new GatewayInfo(
            new Uri(json["url"]!.GetValue<string>()),
            limit?["remaining"]?.GetValue<int>() ?? 1,
            TimeSpan.FromMilliseconds(limit?["reset_after"]?.GetValue<double>() ?? 0),
            limit?["max_concurrency"]?.GetValue<int>() ?? 1);
    }

    public async Task<string?> GetApplicationIdAsync(CancellationToken ct)
    {
        var json = await SendAsync(HttpMethod.Get, "applications/@me", "GET /applications/@me", null, bot: true, ct);
        return json?["id"]?.GetValue<string>();
    }

    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken ct) =>
        guildId is null
            ? SendAsync(HttpMethod.Put, $"applications/{applicationId}/commands", "PUT /applications/{app}/commands", commands, bot: true, ct)
            : SendAsync(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", "PUT /applications/{app}/guilds/{guild}/commands", commands, bot: true, ct);

    public Task CreateInteractionResponseAsync(string interactionId, string token, JsonObject response, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", "POST /interactions/{id}/{token}/callback", response, bot: false, ct);

    public Task EditOriginalResponseAsync(string applicationId, string token, JsonObject message, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", "PATCH /webhooks/{app}/{token}/messages/@original", message, bot: false, ct);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, string route, JsonNode? body, bool bot, CancellationToken ct)
    {
        // Relative to a base that ends in "/", so ".../api/v10" keeps its version segment.
        var uri = new Uri(options.ApiBase, path);
        var payload = body?.ToJsonString();
        var routeKey = route + " " + MajorParameter(path);
        for (var attempt = 1; ; attempt++)
        {
            var wait = limiter.DelayFor(routeKey);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            using var request = new HttpRequestMessage(method, uri);
            if (bot)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
            }

            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException ex) when (attempt < MaxAttempts)
            {
                var delay = Backoff(attempt);
                DiscordLog.RestRetry(logger, route, 0, delay.TotalMilliseconds, attempt);
                _ = ex;
                await Task.Delay(delay, time, ct);
                continue;
            }

            using (response)
            {
                limiter.Learn(routeKey, response);
                var text = await response.Content.ReadAsStringAsync(ct);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    var (retryAfter, global) = RetryAfter(response, text);
                    if (global)
                    {
                        limiter.HoldGlobal(retryAfter);
                    }

                    DiscordLog.RateLimited(logger, route, global, retryAfter.TotalMilliseconds);
                    await Task.Delay(retryAfter, time, ct);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && attempt < MaxAttempts)
                {
                    var delay = Backoff(attempt);
                    DiscordLog.RestRetry(logger, route, (int)response.StatusCode, delay.TotalMilliseconds, attempt);
                    await Task.Delay(delay, time, ct);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var (code, message) = ErrorOf(text);
                    throw new DiscordApiException(route, (int)response.StatusCode, code, message);
                }

                return text.Length == 0 ? null : JsonNode.Parse(text);
            }
        }
    }

    /// <summary>Limits are per top-level resource: the application, guild or webhook in the path.</summary>
    private static string MajorParameter(string path)
    {
        var parts = path.Split('/');
        return parts.Length > 1 && parts[0] is "applications" or "webhooks" or "guilds" or "channels" ? parts[1] : "";
    }

    private static (TimeSpan, bool) RetryAfter(HttpResponseMessage response, string body)
    {
        double seconds = 1;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.First().Equals("true", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("retry_after", out var ra))
            {
                seconds = ra.GetDouble();
            }

            if (doc.RootElement.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True)
            {
                global = true;
            }
        }
        catch (JsonException)
        {
            if (response.Headers.TryGetValues("Retry-After", out var header) &&
                double.TryParse(header.First(), NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
            {
                seconds = h;
            }
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 60)), global);
    }

    private static (int?, string?) ErrorOf(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var code = doc.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : (int?)null;
            var message = doc.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds((250 * Math.Pow(2, attempt - 1)) + Random.Shared.Next(0, 250));
}
