using System.Globalization;

namespace GovBot.Discord.Interactions;

/// <summary>Button ids carry the page and a key to the command that made the list: <c>gb:p:{page}:{key}</c>, under 100 characters.</summary>
public static class PagingIds
{
    private const string Prefix = "gb:p:";

    public static string Build(string key, int page) => $"{Prefix}{Math.Max(0, page).ToString(CultureInfo.InvariantCulture)}:{key}";

    public static bool TryParse(string? customId, out int page, out string key)
    {
        page = 0;
        key = "";
        if (customId is null || customId.Length > DiscordLimits.CustomId || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        key = rest[(colon + 1)..];
        return key.Length > 0;
    }
}
