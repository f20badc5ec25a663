using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;

namespace GovBot.Core.Features.Usage;

/// <summary>What people asked, what they did not find, and how fast answers came, over the last N days.</summary>
public sealed class StatsHandler(IUsageLog usage, TimeProvider time, UsageQueue? queue = null)
{
    /// <summary>How long statistics wait for events still queued for the store; they are never worth a stuck command.</summary>
    private static readonly TimeSpan QueuedWait = TimeSpan.FromSeconds(2);

    private const int TopNotFound = 5;
    private const int TopAsked = 8;

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
        // The first page (five fields on Discord) holds what a moderator acts on: what is used, what found nothing.
        var fields = new List<ReplyField>
        {
            new("Commands", string.Join("\n", events.GroupBy(e => e.Command).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"))),
            new("Outcomes", string.Join("\n", events.GroupBy(e => UsageOutcomes.Word(e.Outcome)).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}"))),
        };
        var missing = TopOptions(events.Where(e => e.Outcome == nameof(ReplyOutcome.NothingFound)), TopNotFound);
        fields.Add(new ReplyField($"Found nothing (top {TopNotFound})", missing.Length > 0 ? missing : "none: every query found something"));
        var top = TopOptions(events.Where(e => e.Outcome == nameof(ReplyOutcome.Answered)), TopAsked);
        if (top.Length > 0)
        {
            fields.Add(new ReplyField("Most asked", top));
        }

        fields.Add(new ReplyField("Latency and errors", string.Format(inv, "p50 {0:0.0} ms, p95 {1:0.0} ms; errors {2:0.0} %",
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), 100.0 * errors / events.Count)));

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

    private static string TopOptions(IEnumerable<UsageEvent> events, int count) =>
        string.Join("\n", events
            .Where(e => e.Options.Length > 0)
            .GroupBy(e => $"{e.Command} {e.Options}".ToLowerInvariant())
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => $"{g.Key} ({g.Count()})"));
}
