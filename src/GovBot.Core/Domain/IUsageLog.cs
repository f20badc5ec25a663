namespace GovBot.Core.Domain;

public interface IUsageLog
{
    void Record(UsageEvent usage);
    IReadOnlyList<UsageEvent> Since(DateTime sinceUtc);

    /// <summary>Deletes events older than the cut-off; returns how many.</summary>
    int PurgeBefore(DateTime cutoffUtc);
}
