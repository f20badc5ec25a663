using GovBot.Tests.Shared;

namespace GovBot.Storage.Tests;

public sealed class CachingArticleStoreTests
{
    [Fact]
    public void Lookups_by_id_are_served_from_memory_after_the_first()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new CachingArticleStore(new LiteArticleStore(db));
        var stored = store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        var statementId = stored.Statements[0].Id;

        // LiteDB builds a new object on every read; the same instance twice means the second read never reached it.
        Assert.Same(store.FindStatement(statementId), store.FindStatement(statementId));
        Assert.Same(store.FindArticle(stored.Article.Id), store.FindArticle(stored.Article.Id));
        Assert.Same(store.FindSpeaker("long-zhou"), store.FindSpeaker("long-zhou"));
    }

    [Fact]
    public void Every_write_is_seen_by_the_next_lookup()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new CachingArticleStore(new LiteArticleStore(db));
        var first = store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        Assert.Equal("Diplomat on cyberspace", store.FindArticle(first.Article.Id)!.Title);
        var statementId = first.Statements[0].Id;
        Assert.NotNull(store.FindStatement(statementId));

        var second = store.Save(StoreFixture.Article("a.txt", title: "Updated"), [StoreFixture.Quotes()[0]]);
        Assert.Null(store.FindArticle(first.Article.Id));
        Assert.Equal("Updated", store.FindArticle(second.Article.Id)!.Title);
        Assert.Null(store.FindStatement(statementId));

        Assert.NotNull(store.Remove(second.Article.Id));
        Assert.Null(store.FindArticle(second.Article.Id));
    }
}
