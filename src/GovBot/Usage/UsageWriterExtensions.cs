using GovBot.Core.Features.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace GovBot.Usage;

public static class UsageWriterExtensions
{
    /// <summary>
    /// Usage events go through a bounded queue to a background writer. Register before the Discord transport: hosted
    /// services stop in reverse order, so the writer flushes after the last in-flight answer was recorded.
    /// </summary>
    public static IServiceCollection AddBackgroundUsageWriter(this IServiceCollection services)
    {
        services.AddSingleton(_ => new UsageQueue());
        services.AddHostedService<UsageWriterService>();
        return services;
    }
}
