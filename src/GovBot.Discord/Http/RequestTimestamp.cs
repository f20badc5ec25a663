using System.Globalization;

namespace GovBot.Discord.Http;

/// <summary>
/// Discord's <c>X-Signature-Timestamp</c> (Unix seconds). The signature covers it, so bounding its distance from now
/// keeps a captured request from being replayed later.
/// </summary>
internal static class RequestTimestamp
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Twelve digits reach past the year 9999; anything longer is not a timestamp.</summary>
    private const int MaxDigits = 12;

    /// <summary>Why the header is not acceptable now, in words safe to log; null when it is.</summary>
    public static string? Problem(string? header, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(header))
        {
            return "the timestamp header is missing";
        }

        if (header.Length > MaxDigits || !header.All(char.IsAsciiDigit))
        {
            return "the timestamp is not a whole number of seconds";
        }

        var skew = long.Parse(header, NumberStyles.None, CultureInfo.InvariantCulture) - now.ToUnixTimeSeconds();
        if (Math.Abs(skew) <= (long)MaxSkew.TotalSeconds)
        {
            return null;
        }

        var direction = skew < 0 ? "behind" : "ahead of";
        return $"the timestamp is {Math.Abs(skew)} s {direction} this host's clock (allowed: {(long)MaxSkew.TotalSeconds} s; if every request fails this way, check the clock)";
    }
}
