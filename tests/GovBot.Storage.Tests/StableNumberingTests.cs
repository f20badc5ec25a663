using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Tests.Shared;
using LiteDB;

namespace GovBot.Storage.Tests;

/// <summary>Article and statement numbers are cited by members and moderators, so they must not move.</summary>
public sealed class StableNumberingTests
{
    [Fact]
    public void Saving_an_article_again_keeps_its_number_and_the_numbers_of_statements_whose_words_are_unchanged()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        store.Save(StoreFixture.Article("other.txt"), StoreFixture.Quotes());
        var first = store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        var kept = first.Statements[0];
        var dropped = first.Statements[1];

        // A new extractor keeps the first statement (with other quotation marks and spacing), drops the second, finds a third.
        var second = store.Save(StoreFixture.Article("a.txt", title: "Re-extracted"),
        [
            new ExtractedQuote("We should  resist an ‘arms race’ in cyberspace.", "Long Zhou", QuoteKind.Direct, 10, 56, "said"),
            new ExtractedQuote("Cyberspace is a shared home", "Long Zhou", QuoteKind.Direct, 70, 97, "said"),
        ]);

        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal("Re-extracted", store.FindArticle(first.Article.Id)!.Title);
        Assert.Equal(kept.Id, second.Statements[0].Id);
        var fresh = second.Statements[1].Id;
        Assert.True(fresh > dropped.Id, "a new statement gets a number never given before");
        Assert.Null(store.FindStatement(dropped.Id));
        Assert.True(store.StatementWasRemoved(dropped.Id));
        Assert.False(store.StatementWasRemoved(kept.Id));
        Assert.False(store.StatementWasRemoved(fresh + 100), "a number never given was not removed");
    }

    [Fact]
    public void A_statement_that_comes_back_gets_its_old_number_and_repeated_words_keep_theirs_in_text_order()
    {
        using var dir = new TempDirectory();
        using var db = StoreFixture.Open(dir);
        var store = new LiteArticleStore(db);
        ExtractedQuote Q(string text, int start) => new(text, "Long Zhou", QuoteKind.Direct, start, start + text.Length, "said");
        var first = store.Save(StoreFixture.Article("a.txt"), [Q("No arms race", 0), Q("Peace online", 20), Q("No arms race", 40)]);
        store.Save(StoreFixture.Article("a.txt"), [Q("No arms race", 0)]);
        var third = store.Save(StoreFixture.Article("a.txt"), [Q("No arms race", 40), Q("Peace online", 20), Q("No arms race", 0)]);

        Assert.Equal(first.Statements.Select(s => (s.Start, s.Id)).Order(), third.Statements.Select(s => (s.Start, s.Id)).Order());
        Assert.All(third.Statements, s => Assert.False(store.StatementWasRemoved(s.Id)));
    }

    [Fact]
    public void A_removed_article_s_number_is_never_given_to_another_and_a_lookup_says_it_was_removed()
    {
        using var dir = new TempDirectory();
        using (var db = StoreFixture.Open(dir))
        {
            var store = new LiteArticleStore(db);
            store.Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
            var top = store.Save(StoreFixture.Article("b.txt"), StoreFixture.Quotes());
            var removed = store.Remove(top.Article.Id);
            Assert.NotNull(removed);
            Assert.True(store.ArticleWasRemoved(top.Article.Id));
            Assert.All(top.Statements, s => Assert.True(store.StatementWasRemoved(s.Id)));
        }

        // Reopened, as LiteDB's own auto ids would then give the removed top number out again.
        using (var db = StoreFixture.Open(dir))
        {
            var store = new LiteArticleStore(db);
            var next = store.Save(StoreFixture.Article("c.txt"), StoreFixture.Quotes());
            Assert.Equal(3, next.Article.Id);
            Assert.True(next.Statements.Min(s => s.Id) > 4);

            var back = store.Save(StoreFixture.Article("b.txt"), StoreFixture.Quotes());
            Assert.Equal(2, back.Article.Id);
            Assert.False(store.ArticleWasRemoved(2));
            Assert.Equal([3L, 4L], back.Statements.Select(s => s.Id).Order());
        }
    }

    [Fact]
    public void A_store_written_before_stable_numbering_keeps_every_number_it_shows_through_re_extraction()
    {
        using var dir = new TempDirectory();
        var path = dir.File("govbot.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-written-by-f8ef5a0.db"), path);

        var articlesBefore = new Dictionary<long, string>();
        var statementsBefore = new Dictionary<long, (long Article, string Text)>();
        using (var raw = new LiteDatabase(path))
        {
            Assert.Equal(1, raw.UserVersion);
            foreach (var doc in raw.GetCollection("articles").FindAll())
            {
                articlesBefore[doc["_id"].AsInt64] = doc["Document"].AsString;
            }

            foreach (var doc in raw.GetCollection("statements").FindAll())
            {
                statementsBefore[doc["_id"].AsInt64] = (doc["ArticleId"].AsInt64, doc["Text"].AsString);
            }
        }

        // The fixture was renumbered by the old re-extraction, so keeping its numbers is not an accident of order.
        Assert.Equal([5L, 6L, 7L, 8L], articlesBefore.Keys.Order());
        Assert.True(statementsBefore.Count > 10);

        using var db = new GovBotDatabase(path);
        var store = new LiteArticleStore(db);
        Assert.Equal(GovBotDatabase.SchemaVersion, db.Database.UserVersion);
        AssertSameNumbers(store, articlesBefore, statementsBefore);

        // What re-extraction does: every article saved again with the statements it has.
        foreach (var article in store.AllArticleHeaders().ToList())
        {
            article.Text = store.ArticleText(article.Id)!;
            var quotes = store.StatementsOf(article.Id).Select(s => new ExtractedQuote(s.Text, s.SpeakerLabel, s.Kind, s.Start, s.End, s.Cue)).ToList();
            store.Save(article, quotes);
        }

        AssertSameNumbers(store, articlesBefore, statementsBefore);
        var added = store.Save(StoreFixture.Article("new.txt"), StoreFixture.Quotes());
        Assert.Equal(9, added.Article.Id);
        Assert.True(added.Statements.Min(s => s.Id) > statementsBefore.Keys.Max());
    }

    private static void AssertSameNumbers(LiteArticleStore store, Dictionary<long, string> articles, Dictionary<long, (long Article, string Text)> statements)
    {
        foreach (var (id, document) in articles)
        {
            Assert.Equal(document, store.FindArticle(id)?.Document);
        }

        foreach (var (id, (article, text)) in statements)
        {
            var statement = store.FindStatement(id);
            Assert.NotNull(statement);
            Assert.Equal(article, statement.ArticleId);
            Assert.Equal(text, statement.Text);
        }
    }
}
