using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;

namespace GovBot.Core.Features.Usage;

/// <summary>What people asked, what they did not find, and how fast answers came, over the last N days.</summary>
public sealed class StatsHandler(IUsageLog usage, TimeProvider time, UsageQueue? queue = null)
{
    /// <summary>How long statistics wait for events still queued for the store; they are never worth a stuck command.</summary>
    private static readonly TimeSpan QueuedWait = TimeSpan.FromSeconds(2);

    public CommandReply Handle(int days)
    {
        if (days is < 1 or > 3650)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "How many days?", "Give a number of days between 1 and 3650.");
        }

        queue?.WaitUntilHandled(QueuedWait);
        var since = time.GetUtcNow().UtcDateTime.AddDays(-days);
        var events = usage.Since(since);
        if (events.Count == 0)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, $"Usage, last {days} days", "No commands have been recorded in that time.");
        }

        var inv = CultureInfo.InvariantCulture;
        var latencies = events.Select(e => e.LatencyMs).Order().ToList();
        var errors = events.Count(e => e.Outcome == nameof(ReplyOutcome.Error));
        var fields = new List<ReplyField>
        {
            new("Commands", string.Join("\n", events.GroupBy(e => e.Command).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"))),
            new("Outcomes", string.Join("\n", events.GroupBy(e => e.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"))),
            new("Latency", string.Format(inv, "p50 {0:0.0} ms, p95 {1:0.0} ms", Percentile(latencies, 0.50), Percentile(latencies, 0.95))),
            new("Error rate", string.Format(inv, "{0:0.0} %", 100.0 * errors / events.Count)),
        };
        var top = TopOptions(events.Where(e => e.Outcome == nameof(ReplyOutcome.Answered)));
        if (top.Length > 0)
        {
            fields.Add(new ReplyField("Most asked", top));
        }

        var missing = TopOptions(events.Where(e => e.Outcome == nameof(ReplyOutcome.NothingFound)));
        if (missing.Length > 0)
        {
            fields.Add(new ReplyField("Asked but not found", missing));
        }

        return new CommandReply(ReplyOutcome.Answered, $"Usage, last {days} days", [$"{events.Count} commands recorded."], fields, [], events.Count);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string TopOptions(IEnumerable<UsageEvent> events) =>
        string.Join("\n", events
            .Where(e => e.Options.Length > 0)
            .GroupBy(e => $"{e.Command} {e.Options}".ToLowerInvariant())
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(8)
            .Select(g => $"{g.Key} ({g.Count()})"));
}
