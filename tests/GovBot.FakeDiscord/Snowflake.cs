namespace GovBot.FakeDiscord;

/// <summary>Mints Discord-shaped ids: milliseconds since the Discord epoch shifted left by 22, so they are 19 digits long
/// and sortable by creation time like real ones.</summary>
internal static class Snowflake
{
    private const long DiscordEpochMs = 1420070400000;
    private static long _last;

    public static string Next()
    {
        var candidate = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMs) << 22;
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            // Several ids in one millisecond differ in the low (worker/increment) bits, as Discord's do.
            var next = Math.Max(candidate, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
