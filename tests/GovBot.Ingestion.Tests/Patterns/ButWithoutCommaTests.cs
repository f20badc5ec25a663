using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"X said … but officials have said …": "but" opens a second reporting clause even without its comma; made-up articles.</summary>
public sealed class ButWithoutCommaTests
{
    [Fact]
    public void A_but_without_a_comma_opens_a_second_statement()
    {
        var analysis = Analyze(
            "The Tarnby harbour board raised the mooring fee again on Monday.",
            "Dana Ortiz, the board treasurer, said the new fee was fair but harbour officials have said they doubt the fee will last the winter.");
        Assert.Equal("the new fee was fair", QuoteStarting(analysis, "the new fee was fair").Text);
        Assert.Equal("harbour officials", QuoteStarting(analysis, "they doubt the fee will last").Speaker);
    }
}
