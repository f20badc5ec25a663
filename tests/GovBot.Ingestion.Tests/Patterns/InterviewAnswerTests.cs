using GovBot.Core.Domain;
using GovBot.Ingestion;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"Q: … A: …" interviews: the answers are the interviewee's, named before the questions; made-up articles.</summary>
public sealed class InterviewAnswerTests
{
    [Fact]
    public void Answers_after_an_A_label_are_the_interviewee_named_in_the_introduction()
    {
        var analysis = Analyze(
            "Harbour commissioner Ilse Marrow toured the new container berth on Monday and then sat down with our reporter Tobin Ashe to talk about dredging fees.",
            "Q: Will the dredging fee rise next year?",
            "A: Not while I chair the board. We set the fee for three years and I said from the start that we would keep to it.",
            "Q: What about the smaller ferry operators?",
            "A: They will get a separate rate. Nobody should pay for a channel depth they never use.");
        var first = QuoteStarting(analysis, "Not while I chair the board");
        Assert.Equal("Ilse Marrow", first.Speaker);
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal("Ilse Marrow", QuoteStarting(analysis, "They will get a separate rate").Speaker);
        NoQuoteStarting(analysis, "Will the dredging fee rise");
        NoQuoteStarting(analysis, "What about the smaller ferry operators");
    }

    [Fact]
    public void A_question_whose_Q_lost_its_colon_is_still_the_journalists()
    {
        var analysis = new ArticleAnalyzer().Analyze(
            "Q&A with water minister Petra Lunde\n\n" +
            "The minister spoke to us about the drought plan on Friday.\n\n" +
            "QWhy did the plan take two years?\n\n" +
            "A: Because every district had to agree to it, and I asked them all to sign.\n\n" +
            "QWill farmers pay more?\n\n" +
            "A: Only the largest farms, and only in dry years.\n");
        Assert.Equal("Petra Lunde", QuoteStarting(analysis, "Because every district had to agree").Speaker);
        Assert.Equal("Petra Lunde", QuoteStarting(analysis, "Only the largest farms").Speaker);
        NoQuoteStarting(analysis, "QWhy did the plan");
        NoQuoteStarting(analysis, "QWill farmers pay more");
        NoQuoteStarting(analysis, "Why did the plan");
    }
}
