using GovBot.Seeding;
using Microsoft.Extensions.Hosting;

namespace GovBot.Bot;

/// <summary>Makes the store and index ready before the transport starts taking interactions.</summary>
public sealed class StoreInitializer(DatabaseSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(() => seeder.EnsureReady(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
