using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovBot.FakeDiscord.Rest;

/// <summary>The <c>X-RateLimit-*</c> headers every answer carries. The fake counts requests per bucket and major
/// parameter in one-second windows so <c>Remaining</c> and <c>Reset</c> move like Discord's, but it never enforces them:
/// 429s come only from <see cref="FakeDiscordServer.FailNextRequests"/>. Always on real time: clients pace themselves
/// by these numbers against their own clocks.</summary>
internal sealed class RateLimits(TimeProvider clock)
{
    public const int Limit = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, (DateTimeOffset ResetAt, int Used)> _windows = [];

    public static string Bucket(string routeTemplate) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(routeTemplate)))[..32];

    public void Apply(RestResponse response, string routeTemplate, string majorParameter)
    {
        var now = clock.GetUtcNow();
        var bucket = Bucket(routeTemplate);
        int remaining;
        DateTimeOffset resetAt;
        lock (_windows)
        {
            var key = bucket + ":" + majorParameter;
            if (!_windows.TryGetValue(key, out var window) || window.ResetAt <= now)
            {
                window = (now + Window, 0);
            }

            window.Used++;
            _windows[key] = window;
            remaining = Math.Max(0, Limit - window.Used);
            resetAt = window.ResetAt;
        }

        SetHeaders(response, bucket, remaining, resetAt, resetAt - now);
    }

    /// <summary>A Discord-shaped 429: body <c>{message, retry_after, global}</c>, <c>Retry-After</c> in whole seconds rounded
    /// up, <c>X-RateLimit-Scope</c>, and <c>X-RateLimit-Global</c> only when the global limit was hit.</summary>
    public RestResponse TooManyRequests(string routeTemplate, double retryAfterSeconds, bool global)
    {
        var response = new RestResponse(429, new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = retryAfterSeconds,
            ["global"] = global,
        });
        var retryAfter = TimeSpan.FromSeconds(retryAfterSeconds);
        SetHeaders(response, Bucket(routeTemplate), 0, clock.GetUtcNow() + retryAfter, retryAfter);
        response.Headers["Retry-After"] = ((long)Math.Ceiling(retryAfterSeconds)).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
        {
            response.Headers["X-RateLimit-Global"] = "true";
        }

        return response;
    }

    private static void SetHeaders(RestResponse response, string bucket, int remaining, DateTimeOffset resetAt, TimeSpan resetAfter)
    {
        response.Headers["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = Math.Max(0, resetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = bucket;
    }
}
