using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Quotes;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Search.Semantic;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Core.Tests.Semantic;

/// <summary>
/// The shipped corpus in a real store with the shipped vectors, as a fresh install has them, and beside it an index that
/// compares words only, to show what meaning adds. Built once per test class: importing the corpus takes seconds.
/// </summary>
public sealed class CorpusWithVectors : IDisposable
{
    private readonly TempDirectory dir = new();

    public CorpusWithVectors()
    {
        Database = new GovBotDatabase(dir.File("govbot.db"));
        Store = new LiteArticleStore(Database);
        var model = CountingEncoder.Model.Value;
        Vectors = new StatementVectors(model, new LiteVectorStore(Database),
            ShippedVectorFile.PathFor(Path.Combine(RepoPaths.Root, "data", "vectors"), model.ModelId));
        Index = new KnowledgeIndex(Vectors);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        new ArticleImporter(Store, Index, new ArticleAnalyzer(), Time).ImportPaths([Path.Combine(RepoPaths.Root, "data", "articles")], CancellationToken.None);
        // Statements the shipped file lacks (it is stale after an extractor change) are encoded here.
        Vectors.EmbedPending(CancellationToken.None);
        WordsOnly = new KnowledgeIndex();
        WordsOnly.Load(Store, CancellationToken.None);
    }

    public GovBotDatabase Database { get; }
    public LiteArticleStore Store { get; }
    public StatementVectors Vectors { get; }
    public KnowledgeIndex Index { get; }
    public KnowledgeIndex WordsOnly { get; }
    public FakeTimeProvider Time { get; }

    public AskHandler Ask => new(Store, Index, Time);
    public AskHandler AskByWords => new(Store, WordsOnly, Time);
    public QuoteHandler Quotes => new(Store, Index);
    public QuoteHandler QuotesByWords => new(Store, WordsOnly);

    public void Dispose()
    {
        Index.Dispose();
        WordsOnly.Dispose();
        Database.Dispose();
        dir.Dispose();
    }
}
