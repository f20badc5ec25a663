using GovBot.Core.Commands;

namespace GovBot.Core.Tests;

public sealed class SpeakerHandlerTests(KnowledgeFixture knowledge) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("Long")]
    [InlineData("long zhou")]
    [InlineData("Zhou")]
    [InlineData("Long Zhuo")]
    public void Long_Zhou_is_found_by_partial_names_case_and_typos(string typed)
    {
        var reply = knowledge.Speakers.Handle(typed);
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal("Long Zhou", reply.Title);
        Assert.Contains(reply.Lines, l => l.StartsWith("Coordinator for Cyber Affairs, Ministry of Foreign Affairs", StringComparison.Ordinal));
        Assert.Contains(reply.Fields, f => f.Name == "Country" && f.Value == "China");
        Assert.Contains(reply.Fields, f => f.Name == "Statements" && f.Value.EndsWith("in 1 article", StringComparison.Ordinal));
        Assert.Contains(reply.Fields, f => f.Name == "Quote");
    }

    [Fact]
    public void Putin_in_lower_case_is_Vladimir_Putin_across_articles()
    {
        var reply = knowledge.Speakers.Handle("putin");
        Assert.Equal("Vladimir Putin", reply.Title);
        Assert.Contains(reply.Fields, f => f.Name == "Statements" && f.Value.EndsWith("in 2 articles", StringComparison.Ordinal));
        Assert.Contains(reply.Fields, f => f.Name == "Quoted" && f.Value == "2017-07-06 to 2018-09-24");
    }

    [Fact]
    public void A_surname_alone_finds_the_speaker_of_several_speeches()
    {
        var reply = knowledge.Speakers.Handle("Lavrov");
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal("Sergey Lavrov", reply.Title);
        Assert.Contains(reply.Fields, f => f.Name == "Statements" && f.Value.EndsWith("in 2 articles", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_shared_by_two_speakers_lists_both()
    {
        var reply = knowledge.Speakers.Handle("alexander");
        Assert.Equal(ReplyOutcome.Ambiguous, reply.Outcome);
        Assert.Contains(reply.Lines, l => l.Contains("Alexander Petrov", StringComparison.Ordinal));
        Assert.Contains(reply.Lines, l => l.Contains("Alexander Zharov", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_name_says_so_and_suggests_the_nearest()
    {
        var misspelt = knowledge.Speakers.Handle("Anne Neubergr");
        Assert.Equal("Anne Neuberger", misspelt.Title);
        var unknown = knowledge.Speakers.Handle("Xavier Quixote");
        Assert.Equal(ReplyOutcome.NothingFound, unknown.Outcome);
        Assert.Contains("Xavier Quixote", unknown.Lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$$$ ***")]
    public void Names_without_letters_get_a_polite_answer(string typed) =>
        Assert.Equal(ReplyOutcome.InvalidInput, knowledge.Speakers.Handle(typed).Outcome);
}
