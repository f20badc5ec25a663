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

/// <summary>A real LiteDB store on a temp file whose index compares meanings with the real model, encoder calls counted.</summary>
internal sealed class SemanticStore : IDisposable
{
    private readonly TempDirectory dir;
    private readonly bool ownsDirectory;

    public SemanticStore(CountingEncoder encoder, string? shippedFile = null, TempDirectory? directory = null)
    {
        ownsDirectory = directory is null;
        dir = directory ?? new TempDirectory();
        Encoder = encoder;
        Database = new GovBotDatabase(dir.File("govbot.db"));
        Store = new LiteArticleStore(Database);
        VectorStore = new LiteVectorStore(Database);
        Vectors = new StatementVectors(encoder, VectorStore, shippedFile);
        Index = new KnowledgeIndex(Vectors);
        Index.Load(Store, CancellationToken.None);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        Importer = new ArticleImporter(Store, Index, new ArticleAnalyzer(), Time);
    }

    public CountingEncoder Encoder { get; }
    public GovBotDatabase Database { get; }
    public LiteArticleStore Store { get; }
    public LiteVectorStore VectorStore { get; }
    public StatementVectors Vectors { get; }
    public KnowledgeIndex Index { get; }
    public FakeTimeProvider Time { get; }
    public ArticleImporter Importer { get; }

    public AskHandler Ask => new(Store, Index, Time);
    public QuoteHandler Quotes => new(Store, Index);

    public ImportResult Import(string name, string text)
    {
        var path = dir.File(name);
        File.WriteAllText(path, text);
        return Importer.ImportFile(path, name);
    }

    public void Dispose()
    {
        Index.Dispose();
        Database.Dispose();
        if (ownsDirectory)
        {
            dir.Dispose();
        }
    }

    /// <summary>Four short press notes on different subjects, each a statement by a named official.</summary>
    public void ImportBriefings()
    {
        Import("cables.txt", "title: Quad partners on communications\nsource: Test Wire\ndate: 2023-05-20\n\n" +
            "\"Undersea cables are a critical component of communications infrastructure, and the Quad will work together to make them secure and resilient,\" said Anna Keller, the coordinator for infrastructure.\n");
        Import("liability.txt", "title: Official on software security\nsource: Test Wire\ndate: 2023-03-02\n\n" +
            "\"We don't want to place liability, say, on the developers of open-source software who don't have any resources,\" said Mark Dunn, the acting national cyber director.\n");
        Import("harvest.txt", "title: Farm ministry on the harvest\nsource: Test Wire\ndate: 2023-09-01\n\n" +
            "\"The wheat harvest this autumn was the largest in a decade thanks to good rainfall,\" said Maria Lopez, the agriculture minister.\n");
        Import("norms.txt", "title: Envoy on state behaviour\nsource: Test Wire\ndate: 2022-11-11\n\n" +
            "\"States should not conduct or knowingly support operations that damage the critical infrastructure of another country,\" said Piotr Nowak, the envoy for cyber affairs.\n");
    }
}
