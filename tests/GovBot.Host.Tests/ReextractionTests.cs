using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Seeding;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovBot.Host.Tests;

public sealed class ReextractionTests
{
    [Fact]
    public void Articles_analysed_by_an_older_extractor_are_analysed_again_at_start_up()
    {
        using var dir = new TempDirectory();
        var analyzer = new ArticleAnalyzer();
        long id;
        using (var db = new GovBotDatabase(dir.File("govbot.db")))
        {
            var store = new LiteArticleStore(db);
            using var index = new KnowledgeIndex();
            id = new ArticleImporter(store, index, analyzer, TimeProvider.System).ImportFile(RepoPaths.SeedArticle, "xinhua.txt").ArticleId!.Value;
            var article = db.Articles.FindById(id);
            article.ExtractorVersion = analyzer.Version - 1;
            article.Summary = "stale";
            db.Articles.Update(article);
        }

        using (var db = new GovBotDatabase(dir.File("govbot.db")))
        {
            var store = new LiteArticleStore(db);
            using var index = new KnowledgeIndex();
            var seeder = new DatabaseSeeder(Options.Create(new SeedOptions { Path = dir.File("no-seed") }), store, index, analyzer,
                new ArticleImporter(store, index, analyzer, TimeProvider.System), NullLogger<DatabaseSeeder>.Instance);
            seeder.EnsureReady(CancellationToken.None);

            var article = Assert.Single(store.AllArticleHeaders());
            Assert.Equal(analyzer.Version, article.ExtractorVersion);
            Assert.Equal("xinhua.txt", article.Document);
            Assert.NotEqual("stale", article.Summary);
            Assert.NotEmpty(store.StatementsOf(article.Id));
            Assert.NotEmpty(index.SearchStatements("arms race", null, 5));
        }
    }
}
