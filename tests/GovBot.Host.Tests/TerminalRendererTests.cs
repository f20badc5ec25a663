using GovBot.Core.Commands;
using GovBot.Rendering;

namespace GovBot.Host.Tests;

public sealed class TerminalRendererTests
{
    [Fact]
    public void Only_the_sources_of_the_answers_on_screen_are_listed()
    {
        var fields = Enumerable.Range(1, 9)
            .Select(i => new ReplyField($"Speaker {i}:", $"“Statement {i}”") { Source = new Citation($"Article {i}", "Wire", null, null) })
            .ToList();
        var reply = new CommandReply(ReplyOutcome.Answered, "A question?", [], fields, fields.Select(f => f.Source!).ToList(), 9) { PageSize = 3 };

        var text = TerminalRenderer.Render(reply);

        Assert.Contains("… and 6 more results.", text, StringComparison.Ordinal);
        Assert.Contains("[3] Article 3, Wire", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Article 4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[4]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_whose_fields_cite_nothing_lists_all_its_sources()
    {
        var reply = new CommandReply(ReplyOutcome.Answered, "An article", ["Summary."], [new ReplyField("Kind", "speech")],
            [new Citation("An article", "UN", "2014", null)], 1);
        Assert.Contains("[1] An article, UN, 2014", TerminalRenderer.Render(reply), StringComparison.Ordinal);
    }
}
