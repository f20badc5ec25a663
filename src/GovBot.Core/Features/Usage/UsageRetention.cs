using GovBot.Core.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Core.Features.Usage;

/// <summary>Deletes usage events older than <see cref="UsageOptions.RetentionDays"/>.</summary>
public sealed partial class UsageRetention(IUsageLog usage, IOptions<UsageOptions> options, TimeProvider time, ILogger<UsageRetention> logger)
{
    public int Purge()
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        var removed = usage.PurgeBefore(cutoff);
        if (removed > 0)
        {
            LogPurged(logger, removed, options.Value.RetentionDays);
        }

        return removed;
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Deleted {Count} usage events older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
