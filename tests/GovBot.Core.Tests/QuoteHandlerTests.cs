using GovBot.Core.Commands;
using GovBot.Core.Features.Quotes;

namespace GovBot.Core.Tests;

public sealed class QuoteHandlerTests(KnowledgeFixture knowledge) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Arms_race_finds_Long_Zhou_with_title_and_citation()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("arms race", null));
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        var top = reply.Fields[0];
        Assert.StartsWith("Long Zhou, Coordinator for Cyber Affairs, Ministry of Foreign Affairs (China)", top.Name, StringComparison.Ordinal);
        Assert.Contains("arms race", top.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reply.Citations, c => c.Source == "Xinhua" && c.Date == "2017-12-20");
    }

    [Fact]
    public void A_speaker_filter_alone_lists_that_speaker_s_best_statements()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest(null, "Long Zhou"));
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.All(reply.Fields, f => Assert.StartsWith("Long Zhou", f.Name, StringComparison.Ordinal));
        Assert.Equal("What Long Zhou said", reply.Title);
    }

    [Fact]
    public void Topic_and_speaker_together_narrow_the_results()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("information security", "putin"));
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.All(reply.Fields, f => Assert.StartsWith("Vladimir Putin", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_found_says_so_and_suggests_near_words()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("ransomwere", null));
        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
        Assert.Contains(reply.Lines, l => l.Contains("No stored statement matches", StringComparison.Ordinal));
        Assert.Contains(reply.Lines, l => l.Contains("ransomware", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\" ( * : [ \\ $")]
    [InlineData("   ")]
    [InlineData("🙂")]
    public void Punctuation_only_queries_get_a_polite_answer(string query)
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest(query, null));
        Assert.Equal(ReplyOutcome.InvalidInput, reply.Outcome);
        Assert.NotEmpty(reply.Lines);
    }

    [Fact]
    public void A_very_long_query_is_cut_and_still_answered()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest(string.Concat(Enumerable.Repeat("cyberspace arms race ", 500)), null));
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Contains(reply.Lines, l => l.Contains("first 300 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_speaker_filter_is_explained()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("cyber", "Nobody Atall"));
        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
        Assert.Contains("Nobody Atall", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_quotes_are_cut_on_a_word_boundary()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("Russia", "Lavrov 2018"));
        Assert.All(reply.Fields, f => Assert.True(f.Value.Length < 900, f.Value));
    }
}
