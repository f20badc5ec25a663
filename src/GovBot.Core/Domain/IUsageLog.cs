namespace GovBot.Core.Domain;

public interface IUsageLog
{
    void Record(UsageEvent usage);
    IReadOnlyList<UsageEvent> Since(DateTime sinceUtc);
}
