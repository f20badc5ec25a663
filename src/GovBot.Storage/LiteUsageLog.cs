using GovBot.Core.Domain;

namespace GovBot.Storage;

public sealed class LiteUsageLog(GovBotDatabase db) : IUsageLog
{
    public void Record(UsageEvent usage)
    {
        usage.Id = 0;
        db.Usage.Insert(usage);
    }

    public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) =>
        db.Usage.Find(u => u.TimeUtc >= sinceUtc).ToList();

    public int PurgeBefore(DateTime cutoffUtc) => db.Usage.DeleteMany(u => u.TimeUtc < cutoffUtc);
}
