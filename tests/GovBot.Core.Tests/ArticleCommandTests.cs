using GovBot.Core.Commands;
using GovBot.Core.Features.Articles;
using GovBot.Core.Features.Audit;
using GovBot.Storage;

namespace GovBot.Core.Tests;

public sealed class ArticleCommandTests
{
    private static CommandInput Input(string subcommand, params (string Key, string Value)[] options)
    {
        var values = options.ToDictionary(o => o.Key, o => o.Value);
        values[CommandInput.SubcommandKey] = subcommand;
        return new CommandInput(values) { Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []) };
    }

    [Fact]
    public void List_show_and_a_two_step_remove_that_is_audited()
    {
        using var knowledge = new KnowledgeFixture();
        var audit = new LiteAuditLog(knowledge.Database);
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, audit, knowledge.Time);

        var list = command.Execute(Input("list"));
        Assert.Equal(ReplyOutcome.Answered, list.Outcome);
        Assert.StartsWith($"{KnowledgeFixture.Documents.Length + 2} articles in all", list.Lines[0], StringComparison.Ordinal);
        Assert.Contains("#", list.Fields[0].Name, StringComparison.Ordinal);
        var bySpeaker = command.Execute(Input("list", ("speaker", "Long Zhou")));
        Assert.Single(bySpeaker.Fields);

        var xinhua = knowledge.Store.FindArticleByDocument("xinhua.txt")!;
        var show = command.Execute(Input("show", ("article", "shared future")));
        Assert.Equal($"#{xinhua.Id} {xinhua.Title}", show.Title);

        var preview = command.Execute(Input("remove", ("article", xinhua.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("Remove this article?", preview.Title);
        Assert.NotNull(knowledge.Store.FindArticle(xinhua.Id));

        var removed = command.Execute(Input("remove", ("article", xinhua.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("confirm", "true")));
        Assert.Equal("Removed", removed.Title);
        Assert.Null(knowledge.Store.FindArticle(xinhua.Id));
        Assert.DoesNotContain(knowledge.Index.SearchStatements("arms race shared future", null, 5), h => knowledge.Store.FindStatement(h.Id)?.ArticleId == xinhua.Id);
        var entry = Assert.Single(audit.Recent(10));
        Assert.Equal(("article remove", "777"), (entry.Action, entry.Moderator));
        Assert.Contains("xinhua.txt", entry.Target, StringComparison.Ordinal);
        Assert.Contains("article remove", AuditCommand.Render(audit.Recent(5)).Fields[0].Name, StringComparison.Ordinal);

        Assert.Equal(ReplyOutcome.NothingFound, command.Execute(Input("remove", ("article", "999999"), ("confirm", "true"))).Outcome);
    }
}
