using GovBot.Core.Features.Usage;
using Microsoft.Extensions.Hosting;

namespace GovBot.Maintenance;

/// <summary>Runs the usage retention purge at start and then every six hours while the bot runs.</summary>
public sealed class UsageRetentionService(UsageRetention retention, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            retention.Purge();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
