using GovBot.Core.Commands;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Usage;
using GovBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovBot.Core.Tests;

public sealed class UsageTests(KnowledgeFixture knowledge) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Every_lookup_writes_a_usage_event_and_stats_summarise_them()
    {
        var log = new LiteUsageLog(knowledge.Database);
        var runner = new CommandRunner(log, knowledge.Time, NullLogger<CommandRunner>.Instance);
        knowledge.Time.Advance(TimeSpan.FromDays(30));
        runner.Run("terminal", "quote", "arms race", () => knowledge.Quotes.Handle(new QuoteRequest("arms race", null)));
        runner.Run("terminal", "quote", "ransomwere", () => knowledge.Quotes.Handle(new QuoteRequest("ransomwere", null)));
        runner.Run("terminal", "speaker", "Long", () => knowledge.Speakers.Handle("Long"));

        var events = log.Since(knowledge.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Command == "quote" && e.Outcome == "NothingFound" && e.Options == "ransomwere");
        Assert.All(events, e => Assert.True(e.LatencyMs >= 0));

        var stats = new StatsHandler(log, knowledge.Time).Handle(1);
        Assert.Equal(ReplyOutcome.Answered, stats.Outcome);
        Assert.Contains(stats.Fields, f => f.Name == "Commands" && f.Value.Contains("quote: 2", StringComparison.Ordinal));
        Assert.Contains(stats.Fields.Take(stats.PageSize), f => f.Name == "Found nothing (top 5)" && f.Value.Contains("quote ransomwere (1)", StringComparison.Ordinal));
        var outcomes = Assert.Single(stats.Fields, f => f.Name == "Outcomes").Value;
        Assert.Contains("answered: 2", outcomes, StringComparison.Ordinal);
        Assert.Contains("nothing found: 1", outcomes, StringComparison.Ordinal);
        Assert.DoesNotContain("NothingFound", outcomes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_handler_becomes_a_polite_error_and_is_still_recorded()
    {
        var log = new LiteUsageLog(knowledge.Database);
        var runner = new CommandRunner(log, knowledge.Time, NullLogger<CommandRunner>.Instance);
        var reply = runner.Run("terminal", "boom", "", () => throw new InvalidOperationException("secret detail"));
        Assert.Equal(ReplyOutcome.Error, reply.Outcome);
        Assert.DoesNotContain(reply.Lines, l => l.Contains("secret detail", StringComparison.Ordinal));
        Assert.Contains(log.Since(DateTime.MinValue), e => e.Command == "boom" && e.Outcome == "Error");
    }

    [Fact]
    public void The_first_page_of_stats_shows_the_five_most_frequent_queries_that_found_nothing()
    {
        using var dir = new GovBot.Tests.Shared.TempDirectory();
        using var db = new GovBotDatabase(dir.File("usage.db"));
        var log = new LiteUsageLog(db);
        var runner = new CommandRunner(log, knowledge.Time, NullLogger<CommandRunner>.Instance);
        for (var i = 0; i < 7; i++)
        {
            for (var repeat = 0; repeat <= i; repeat++)
            {
                runner.Run("discord", "quote", $"missing{i}", () => CommandReply.Message(ReplyOutcome.NothingFound, "Nothing found"));
            }
        }

        for (var i = 0; i < 9; i++)
        {
            runner.Run("discord", "speaker", $"name{i}", () => CommandReply.Message(ReplyOutcome.Answered, "ok"));
        }

        var stats = new StatsHandler(log, knowledge.Time).Handle(1);
        var notFound = Assert.Single(stats.Fields.Take(stats.PageSize), f => f.Name.StartsWith("Found nothing", StringComparison.Ordinal));
        Assert.Equal(["quote missing6 (7)", "quote missing5 (6)", "quote missing4 (5)", "quote missing3 (4)", "quote missing2 (3)"], notFound.Value.Split('\n'));
        Assert.Contains(stats.Fields.Take(stats.PageSize), f => f.Name == "Commands");
    }

    [Fact]
    public void Stats_reject_a_silly_number_of_days() =>
        Assert.Equal(ReplyOutcome.InvalidInput, new StatsHandler(new LiteUsageLog(knowledge.Database), knowledge.Time).Handle(0).Outcome);
}
