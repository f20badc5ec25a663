using System.Globalization;

namespace GovBot.Discord.Rest;

/// <summary>
/// Per-route buckets learned from <c>X-RateLimit-*</c> headers, plus the global limit: a request waits while its
/// bucket has no requests left until the reset, or while a global 429 is in force.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> bucketByRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Remaining, DateTimeOffset Reset)> buckets = new(StringComparer.Ordinal);
    private DateTimeOffset globalUntil = DateTimeOffset.MinValue;

    /// <summary>How long a request on this route must wait before it may be sent.</summary>
    public TimeSpan DelayFor(string routeKey)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var delay = globalUntil > now ? globalUntil - now : TimeSpan.Zero;
            if (bucketByRoute.TryGetValue(routeKey, out var bucket) && buckets.TryGetValue(bucket, out var state) && state.Remaining <= 0 && state.Reset > now)
            {
                delay = TimeSpan.FromTicks(Math.Max(delay.Ticks, (state.Reset - now).Ticks));
            }

            return delay;
        }
    }

    public void Learn(string routeKey, HttpResponseMessage response)
    {
        var headers = response.Headers;
        if (!headers.TryGetValues("X-RateLimit-Bucket", out var bucketValues))
        {
            return;
        }

        var bucket = bucketValues.First();
        var remaining = Number(headers, "X-RateLimit-Remaining");
        var resetAfter = Number(headers, "X-RateLimit-Reset-After");
        lock (gate)
        {
            bucketByRoute[routeKey] = bucket;
            if (remaining is not null && resetAfter is not null)
            {
                buckets[bucket] = ((int)remaining.Value, time.GetUtcNow().AddSeconds(resetAfter.Value));
            }
        }
    }

    public void HoldGlobal(TimeSpan delay)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + delay;
            if (until > globalUntil)
            {
                globalUntil = until;
            }
        }
    }

    private static double? Number(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) &&
        double.TryParse(values.First(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
