using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"Vorn told the crews to stay ashore": an order given with "told X to", as a request with "asked"; made-up articles.</summary>
public sealed class ToldToTests
{
    [Fact]
    public void An_order_given_with_told_is_the_teller_s()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the ferry crews of Tarnby on Monday.",
            "In a tense moment she told Jon Brask to sit down while the tide tables were read out.",
            "Vorn told the night crews not to sail before the storm had passed.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "Jon Brask to sit down").Speaker);
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "the night crews not to sail").Speaker);
    }

    [Fact]
    public void A_story_told_to_someone_is_no_order()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the ferry crews of Tarnby on Monday.",
            "Vorn told the old story to the new crews before the boats left the quay.");
        NoQuoteStarting(analysis, "the old story to the new crews");
    }
}
