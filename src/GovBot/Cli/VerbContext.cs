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

    /// <summary>
    /// Encodes the passages that have no vector yet (after an import or re-extraction, or with a stale shipped file) and
    /// returns how many. Verbs that answer by meaning call it: a terminal verb answers once and exits, so it cannot leave
    /// encoding to the background as the bot does; what it encodes is kept in the store.
    /// </summary>
    public int EncodeNewStatements() => Get<Search.Semantic.StatementVectors>().EmbedPending(CancellationToken);
}
