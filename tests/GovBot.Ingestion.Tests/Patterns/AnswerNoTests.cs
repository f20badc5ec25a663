using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A sentence that ends with the answer "no." is over; "No." abbreviates a number only before one; made-up articles.</summary>
public sealed class AnswerNoTests
{
    [Fact]
    public void A_sentence_ending_in_no_does_not_run_into_the_next_one()
    {
        var analysis = Analyze(
            "Pavel Lindqvist, the Tarnby harbour board chairman, took questions after the vote on Monday.",
            "Asked whether the winter ferry would keep running, Lindqvist said no. But he said the crews on the night boat would keep their jobs until the spring.",
            "The board meets again in March at Pier No. 4, a board clerk said.");
        var statement = QuoteStarting(analysis, "the crews on the night boat");
        Assert.Equal("Pavel Lindqvist", statement.Speaker);
        NoQuoteStarting(analysis, "no. But");
        Assert.Contains(analysis.Quotes, q => q.Text.Contains("Pier No. 4", StringComparison.Ordinal));
    }
}
