namespace GovBot.Core.Domain;

public interface IUsageLog
{
    void Record(UsageEvent usage);

    /// <summary>Stores several events at once (one transaction where the store allows it).</summary>
    void RecordMany(IReadOnlyList<UsageEvent> events)
    {
        foreach (var usage in events)
        {
            Record(usage);
        }
    }

    IReadOnlyList<UsageEvent> Since(DateTime sinceUtc);

    /// <summary>Deletes events older than the cut-off; returns how many.</summary>
    int PurgeBefore(DateTime cutoffUtc);
}
