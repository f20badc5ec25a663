using GovBot.Core.Domain;

namespace GovBot.Storage;

public sealed class LiteUsageLog(GovBotDatabase db) : IUsageLog
{
    public void Record(UsageEvent usage)
    {
        usage.Id = 0;
        db.Usage.Insert(usage);
    }

    /// <summary>One transaction for the batch: a burst costs one commit, not one per event.</summary>
    public void RecordMany(IReadOnlyList<UsageEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        foreach (var usage in events)
        {
            usage.Id = 0;
        }

        db.Usage.InsertBulk(events);
    }

    public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) =>
        db.Usage.Find(u => u.TimeUtc >= sinceUtc).ToList();

    public int PurgeBefore(DateTime cutoffUtc) => db.Usage.DeleteMany(u => u.TimeUtc < cutoffUtc);
}
