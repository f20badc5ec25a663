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
        var kept = first.Statements[0].Id;
        var dropped = first.Statements[1].Id;
        Assert.NotNull(store.FindStatement(dropped));

        // Saved again under the same number: the cached article must not outlive the write, nor the dropped statement.
        var second = store.Save(StoreFixture.Article("a.txt", title: "Updated"), [StoreFixture.Quotes()[0]]);
        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal("Updated", store.FindArticle(second.Article.Id)!.Title);
        Assert.Null(store.FindStatement(dropped));
        Assert.NotNull(store.FindStatement(kept));

        Assert.NotNull(store.Remove(second.Article.Id));
        Assert.Null(store.FindArticle(second.Article.Id));
    }
}
