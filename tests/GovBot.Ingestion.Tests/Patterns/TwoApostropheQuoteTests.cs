using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Archive text that types quotation marks as two apostrophes and a quote inside a quote as one; made-up articles.</summary>
public sealed class TwoApostropheQuoteTests
{
    [Fact]
    public void Three_apostrophes_close_the_inner_quote_and_the_quotation()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met on Monday to weigh the new mooring fees.",
            "''Half the skippers call it 'the tide tax,''' said Dana Ortiz, the board's treasurer, who sat in the back row. ''They are not wrong about that.''",
            "''We will vote on it in May,'' said Pavel Lindqvist, the board chairman.");
        var quote = QuoteStarting(analysis, "Half the skippers call it");
        Assert.Equal("Dana Ortiz", quote.Speaker);
        Assert.DoesNotContain("said Dana Ortiz", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Pavel Lindqvist", QuoteStarting(analysis, "We will vote on it").Speaker);
    }
}
