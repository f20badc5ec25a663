using System.Text;
using GovBot.Core.Commands;
using GovBot.Core.Features.Articles;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Storage;

namespace GovBot.Core.Tests;

public sealed class ArticleAddTests
{
    private const string Page = """
        <html><head><title>Envoy on data flows</title></head><body><article><h1>Envoy on data flows</h1>
        <p>TOKYO (Reuters) - Japan's digital envoy Sato Kenji said on Tuesday that cross-border data flows needed common rules agreed at the WTO.</p>
        <p>"Trust in data is the new trade infrastructure of the world economy," Sato told reporters after the meeting with his counterparts.</p>
        <p>He added that Japan would host a conference on the subject next spring with partners from the region.</p></article></body></html>
        """;

    private sealed class StubFetcher(string body, string fileName) : IDocumentFetcher
    {
        public Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct) =>
            Task.FromResult(url.Host == "refused.example" ? FetchedDocument.Refused("private address") : new FetchedDocument(Encoding.UTF8.GetBytes(body), fileName, null));
    }

    private static CommandInput Add(params (string Key, string Value)[] options)
    {
        var values = options.ToDictionary(o => o.Key, o => o.Value);
        values[CommandInput.SubcommandKey] = "add";
        return new CommandInput(values) { Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []) };
    }

    [Fact]
    public void A_url_is_previewed_stored_only_on_confirm_searchable_at_once_and_refused_as_a_duplicate()
    {
        using var knowledge = new KnowledgeFixture();
        var audit = new LiteAuditLog(knowledge.Database);
        var intake = new ArticleIntake(knowledge.Store, new ArticleAnalyzer(), knowledge.Importer);
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, audit, knowledge.Time, new StubFetcher(Page, "page.html"), intake, new PendingArticles(knowledge.Time));
        var before = knowledge.Store.ArticleCount();

        var preview = command.Execute(Add(("url", "https://news.example/envoy")));
        Assert.Equal("Add “Envoy on data flows”?", preview.Title);
        Assert.Contains(preview.Fields, f => f.Name == "Speakers" && f.Value.Contains("Sato Kenji", StringComparison.Ordinal));
        Assert.Equal(["Confirm", "Cancel"], preview.Actions.Select(a => a.Label));
        Assert.Equal(before, knowledge.Store.ArticleCount());

        var key = preview.Actions[0].Id.Split(':')[2];
        var added = command.OnAction("confirm", key, new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []));
        Assert.Equal("Added", added.Title);
        Assert.Equal(before + 1, knowledge.Store.ArticleCount());
        Assert.NotEmpty(knowledge.Index.SearchStatements("trust in data trade infrastructure", null, 3));
        Assert.Equal("article add", audit.Recent(1)[0].Action);
        Assert.Equal("Nothing to confirm", command.OnAction("confirm", key, CommandCaller.Terminal).Title);

        var again = command.Execute(Add(("url", "https://news.example/envoy")));
        Assert.Equal("Already stored", again.Title);
    }

    [Fact]
    public void Cancel_stores_nothing_and_bad_sources_are_explained()
    {
        using var knowledge = new KnowledgeFixture();
        var intake = new ArticleIntake(knowledge.Store, new ArticleAnalyzer(), knowledge.Importer);
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time,
            new StubFetcher("title: Note\nsource: Test\ndate: 2024-01-01\n\nAlexander Petrov, the Russian envoy, said talks on the treaty would continue.\n", "note.txt"),
            intake, new PendingArticles(knowledge.Time));
        var before = knowledge.Store.ArticleCount();

        var preview = command.Execute(Add(("file", "https://cdn.discordapp.com/attachments/1/2/note.txt"), ("file.filename", "note.txt"), ("file.size", "120")));
        Assert.Equal("Not added", command.OnAction("cancel", preview.Actions[1].Id.Split(':')[2], CommandCaller.Terminal).Title);
        Assert.Equal(before, knowledge.Store.ArticleCount());

        Assert.Equal(ReplyOutcome.InvalidInput, command.Execute(Add()).Outcome);
        Assert.Equal(ReplyOutcome.InvalidInput, command.Execute(Add(("file", "https://cdn/x.pdf"), ("file.filename", "x.pdf"), ("file.size", "10"))).Outcome);
        Assert.Equal(ReplyOutcome.InvalidInput, command.Execute(Add(("file", "https://cdn/x.txt"), ("file.filename", "x.txt"), ("file.size", "6000000"))).Outcome);
        Assert.Contains("private address", command.Execute(Add(("url", "http://refused.example/"))).Lines[0], StringComparison.Ordinal);
        Assert.Equal(ReplyOutcome.InvalidInput, command.Execute(Add(("url", "not a url"))).Outcome);
    }
}

public sealed class ArticleFormAndRemovalTests
{
    private static CommandInput Sub(string subcommand, params (string Key, string Value)[] options)
    {
        var values = options.ToDictionary(o => o.Key, o => o.Value);
        values[CommandInput.SubcommandKey] = subcommand;
        return new CommandInput(values) { Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []) };
    }

    [Fact]
    public void The_text_form_previews_a_typed_article_and_rejects_a_bad_date()
    {
        using var knowledge = new KnowledgeFixture();
        var intake = new ArticleIntake(knowledge.Store, new ArticleAnalyzer(), knowledge.Importer);
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time, null, intake, new PendingArticles(knowledge.Time));
        var form = command.Execute(Sub("add", ("text", "true")));
        Assert.NotNull(form.Modal);
        Assert.Equal(["title", "source", "date", "url", "body"], form.Modal!.Fields.Select(f => f.Id));
        Assert.True(form.Modal.Fields.Single(f => f.Id == "body").MaxLength >= 2000);

        var values = new Dictionary<string, string>
        {
            ["title"] = "Minister on cable security", ["source"] = "Test Wire", ["date"] = "2024-04-02", ["url"] = "https://example.org/cables",
            ["body"] = "Kerstin Lund, Sweden's Minister for Infrastructure, said on Tuesday that undersea cables needed joint patrols.\n\"We cannot protect what we do not watch,\" Lund said.",
        };
        var preview = ((IReplyActions)command).OnModal("text", values, CommandCaller.Terminal);
        Assert.Equal("Add “Minister on cable security”?", preview.Title);
        Assert.Contains(preview.Fields, f => f.Value.Contains("Kerstin Lund", StringComparison.Ordinal));

        values["date"] = "2 April";
        var bad = ((IReplyActions)command).OnModal("text", values, CommandCaller.Terminal);
        Assert.Equal(ReplyOutcome.InvalidInput, bad.Outcome);
        Assert.Contains("YYYY-MM-DD", bad.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Removal_asks_with_buttons_and_keep_changes_nothing()
    {
        using var knowledge = new KnowledgeFixture();
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time);
        var id = knowledge.Store.FindArticleByDocument("xinhua.txt")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ask = command.Execute(Sub("remove", ("article", id)));
        Assert.Equal(["Remove", "Keep it"], ask.Actions.Select(a => a.Label));
        Assert.Equal("Not removed", command.OnAction("keep", id, CommandCaller.Terminal).Title);
        Assert.NotNull(knowledge.Store.FindArticleByDocument("xinhua.txt"));
        Assert.Equal("Removed", command.OnAction("remove", id, CommandCaller.Terminal).Title);
        Assert.Null(knowledge.Store.FindArticleByDocument("xinhua.txt"));
    }
}
