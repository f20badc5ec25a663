using GovBot.Core.Commands;

namespace GovBot.Core.Tests;

public sealed class SummaryHandlerTests(KnowledgeFixture knowledge) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Title_words_find_the_article_with_summary_speakers_quotes_and_source()
    {
        var reply = knowledge.Summaries.Handle("shared future");
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal("China efforts on community with shared future apply also in cyberspace: diplomat", reply.Title);
        Assert.StartsWith("A Chinese diplomat said Tuesday", reply.Lines[0], StringComparison.Ordinal);
        Assert.Contains(reply.Fields, f => f.Name == "Quoted" && f.Value.Contains("Long Zhou, Coordinator for Cyber Affairs", StringComparison.Ordinal));
        Assert.InRange(reply.Fields.Count(f => f.Name == "Long Zhou"), 2, 3);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("Xinhua", citation.Source);
    }

    [Fact]
    public void An_article_number_finds_the_article()
    {
        var id = knowledge.Store.FindArticleByDocument("xinhua.txt")!.Id;
        Assert.Equal(ReplyOutcome.Answered, knowledge.Summaries.Handle($"#{id}").Outcome);
        Assert.Equal(ReplyOutcome.Answered, knowledge.Summaries.Handle(id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Outcome);
    }

    [Fact]
    public void Words_shared_by_several_titles_list_the_candidates_with_numbers()
    {
        var reply = knowledge.Summaries.Handle("Sergey Lavrov General Debate");
        Assert.Equal(ReplyOutcome.Ambiguous, reply.Outcome);
        Assert.Contains(reply.Lines, l => l.StartsWith("• #", StringComparison.Ordinal) && l.Contains("73rd", StringComparison.Ordinal));
        Assert.Contains(reply.Lines, l => l.StartsWith("• #", StringComparison.Ordinal) && l.Contains("76th", StringComparison.Ordinal));
    }

    [Fact]
    public void No_matching_title_says_so()
    {
        var reply = knowledge.Summaries.Handle("quantum bananas");
        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
    }

    [Fact]
    public void A_speech_summary_is_about_cyber_not_courtesies()
    {
        var reply = knowledge.Summaries.Handle("73rd session");
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Matches("(?i)cyber|information|internet|digital", reply.Lines[0]);
    }
}
