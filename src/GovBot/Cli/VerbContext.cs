using GovBot.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace GovBot.Cli;

public sealed class VerbContext(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
{
    public IServiceProvider Services { get; } = services;
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Opens the store, seeds it if the seed folder changed, and loads the index.</summary>
    public void EnsureStoreReady() => Get<DatabaseSeeder>().EnsureReady(CancellationToken);
}
