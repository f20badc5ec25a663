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

    /// <summary>Opens the store, seeds it if the seed folder changed, loads the index and encodes statements that lack a vector.</summary>
    public void EnsureStoreReady()
    {
        Get<DatabaseSeeder>().EnsureReady(CancellationToken);
        // A terminal verb answers once and exits, so it cannot leave encoding to the background as the bot does.
        EncodeNewStatements();
    }

    /// <summary>Encodes the passages that have no vector yet (after an import or re-extraction); returns how many.</summary>
    public int EncodeNewStatements() => Get<Search.Semantic.StatementVectors>().EmbedPending(CancellationToken);
}
