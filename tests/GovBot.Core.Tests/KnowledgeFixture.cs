using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Features.Summaries;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Core.Tests;

/// <summary>A real store on a temp file, filled by the real importer from a few shipped documents.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public static readonly string[] Documents =
    [
        "kremlin-en/2018-09-24_working-meeting-with-head-of-roskomnadzor-alexander-zharov_58613.txt",
        "kremlin-en/2017-07-06_article-by-vladimir-putin-published-in-the-german-business-newspaper-handelsblat_54988.txt",
        "whitehouse-briefing-room/2022-03-08_statement-by-deputy-national-security-advisor-for-cyber-and-emerging-technology.txt",
        "whitehouse-briefing-room/2021-04-13_statement-from-deputy-national-security-advisor-for-cyber-emerging-technologies.txt",
        "un-general-debate/2018_RUS_73_sergey-lavrov.txt",
        "un-general-debate/2021_RUS_76_sergey-lavrov.txt",
    ];

    private readonly TempDirectory dir = new();

    public KnowledgeFixture()
    {
        Database = new GovBotDatabase(dir.File("govbot.db"));
        Store = new LiteArticleStore(Database);
        Index = new KnowledgeIndex();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        Importer = new ArticleImporter(Store, Index, new ArticleAnalyzer(), Time);
        Importer.ImportFile(RepoPaths.SeedArticle, "xinhua.txt");
        foreach (var document in Documents)
        {
            Importer.ImportFile(RepoPaths.Corpus(document), document);
        }

        // A second Alexander, so that a first name alone is ambiguous.
        var petrov = dir.File("petrov.txt");
        File.WriteAllText(petrov, "title: Envoy warns on cyber treaty\nsource: Test Wire\ndate: 2024-05-01\n\n" +
                                  "Alexander Petrov, the Russian envoy for information security, said the treaty talks must continue next year.\n");
        Importer.ImportFile(petrov, "petrov.txt");
    }

    public GovBotDatabase Database { get; }
    public LiteArticleStore Store { get; }
    public KnowledgeIndex Index { get; }
    public FakeTimeProvider Time { get; }
    public ArticleImporter Importer { get; }

    public QuoteHandler Quotes => new(Store, Index);
    public SpeakerHandler Speakers => new(Store, Index);
    public SummaryHandler Summaries => new(Store, Index);

    public void Dispose()
    {
        Index.Dispose();
        Database.Dispose();
        dir.Dispose();
    }
}
