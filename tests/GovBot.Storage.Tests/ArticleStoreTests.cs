using GovBot.Core.Domain;
using GovBot.Tests.Shared;
using LiteDB;

namespace GovBot.Storage.Tests;

public sealed class ArticleStoreTests
{
    [Fact]
    public void A_saved_article_its_statements_and_speaker_survive_reopening()
    {
        using var dir = new TempDirectory();
        long id;
        using (var db = StoreFixture.Open(dir))
        {
            var stored = new LiteArticleStore(db).Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
            id = stored.Article.Id;
            Assert.Equal(2, stored.Statements.Count);
            Assert.Single(stored.Speakers);
        }

        using (var db = StoreFixture.Open(dir))
        {
            var store = new LiteArticleStore(db);
            var article = store.FindArticle(id);
            Assert.NotNull(article);
            Assert.Equal("Diplomat on cyberspace", article.Title);
            Assert.Equal(DateTimeKind.Utc, article.ImportedUtc.Kind);
            Assert.Equal(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc), article.ImportedUtc);
            var statements = store.StatementsOf(id);
            Assert.Equal(["We should resist an arms race in cyberspace", "the UN should play a leading role"], statements.Select(s => s.Text));
            Assert.All(statements, s => Assert.Equal("long-zhou", s.SpeakerId));
            var speaker = store.FindSpeaker("long-zhou");
            Assert.NotNull(speaker);
            Assert.Equal("China", speaker.Country);
        }
    }

    [Fact]
    public void Saving_the_same_document_again_replaces_it_and_its_statements()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        var first = store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        var second = store.Save(StoreFixture.Article("a.txt", title: "Updated"), [StoreFixture.Quotes()[0]]);
        Assert.Equal(first.Article.Id, second.ReplacedArticleId);
        Assert.Equal(1, store.ArticleCount());
        Assert.Single(store.AllStatements());
        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal("Updated", store.FindArticle(first.Article.Id)!.Title);
    }

    [Fact]
    public void A_speaker_profile_gathers_roles_and_dates_from_every_article()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        store.Save(StoreFixture.Article("a.txt", date: "2017-12-20"), StoreFixture.Quotes());
        var later = StoreFixture.Article("b.txt", date: "2019-03-01");
        later.Speakers[0].Title = "Ambassador";
        later.Speakers[0].Aliases = ["Zhou"];
        store.Save(later, StoreFixture.Quotes());

        var speaker = store.FindSpeaker("long-zhou")!;
        Assert.Equal(2, speaker.Roles.Count);
        var ambassador = Assert.Single(speaker.Roles, r => r.Title == "Ambassador");
        Assert.Equal("2019-03-01", ambassador.FirstSeen);
        Assert.Contains("Long", speaker.Aliases);
        Assert.Contains("Zhou", speaker.Aliases);
    }

    [Fact]
    public void Removing_an_article_takes_its_statements_and_an_orphaned_profile_with_it()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        var stored = store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        var other = store.Save(StoreFixture.Article("b.txt"), StoreFixture.Quotes());
        var first = Assert.IsType<RemovedArticle>(store.Remove(stored.Article.Id));
        Assert.Equal(stored.Statements.Count, first.StatementCount);
        // Another article still names the speaker: the profile is rebuilt, not removed.
        Assert.Empty(first.RemovedSpeakerIds);
        Assert.NotNull(store.FindSpeaker("long-zhou"));

        var last = Assert.IsType<RemovedArticle>(store.Remove(other.Article.Id));
        Assert.Contains("long-zhou", last.RemovedSpeakerIds);
        Assert.Empty(store.AllStatements());
        Assert.Null(store.FindSpeaker("long-zhou"));
        Assert.Null(store.Remove(stored.Article.Id));
    }

    [Fact]
    public void Lookups_by_document_hash_and_speaker_use_indexes()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var plans = new[]
        {
            db.Articles.Query().Where(a => a.Document == "x").GetPlan(),
            db.Articles.Query().Where(a => a.ContentHash == "x").GetPlan(),
            db.Statements.Query().Where(s => s.ArticleId == 1).GetPlan(),
            db.Articles.Query().Where(a => a.SpeakerIds.Contains("x")).GetPlan(),
        };
        Assert.All(plans, plan => Assert.DoesNotContain("FULL INDEX SCAN", plan.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_version_is_stamped_and_a_newer_store_is_refused()
    {
        using var dir = new TempDirectory();
        using (var db = StoreFixture.Open(dir))
        {
            Assert.Equal(GovBotDatabase.SchemaVersion, db.Database.UserVersion);
            db.Database.UserVersion = GovBotDatabase.SchemaVersion + 1;
        }

        var error = Assert.Throws<GovBot.Storage.Safety.StoreUnavailableException>(() => StoreFixture.Open(dir));
        Assert.Contains("newer GovBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_values_round_trip()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        Assert.Null(store.GetMeta("seed"));
        store.SetMeta("seed", "abc");
        store.SetMeta("seed", "def");
        Assert.Equal("def", store.GetMeta("seed"));
    }

    [Fact]
    public void Usage_events_are_read_back_by_time()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var log = new LiteUsageLog(db);
        var now = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
        log.Record(new UsageEvent { TimeUtc = now.AddDays(-10), Command = "quote", Outcome = "Answered" });
        log.Record(new UsageEvent { TimeUtc = now, Command = "speaker", Outcome = "NothingFound" });
        var recent = Assert.Single(log.Since(now.AddDays(-1)));
        Assert.Equal("speaker", recent.Command);
    }
}

public sealed class MappingRegressionTests
{
    [Fact]
    public void Empty_strings_read_back_as_empty_not_null()
    {
        using var dir = new TempDirectory();
        using (var db = StoreFixture.Open(dir))
        {
            new LiteUsageLog(db).Record(new UsageEvent { TimeUtc = DateTime.UtcNow, Command = "help", Options = "" });
        }

        using (var db = StoreFixture.Open(dir))
        {
            Assert.Equal("", Assert.Single(new LiteUsageLog(db).Since(DateTime.MinValue)).Options);
        }
    }
}
