using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Interactions;

/// <summary>At shutdown, after the transport stops taking new interactions, lets the ones in progress finish.</summary>
public sealed class InteractionDrain(InteractionDispatcher dispatcher, IOptions<DiscordOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) =>
        dispatcher.DrainAsync(TimeSpan.FromMilliseconds(options.Value.ShutdownGraceMs));
}
