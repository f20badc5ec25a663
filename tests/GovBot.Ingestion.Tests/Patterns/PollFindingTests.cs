using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Poll shares in the places findings put them: after "is that", with a bracketed aside, and listed together. All names are made up.</summary>
public sealed class PollFindingTests
{
    [Fact]
    public void A_share_after_a_findings_that_speaks_its_clause()
    {
        var analysis = Analyze(
            "The ferry board published its spring count on Monday.",
            "The best news for the board is that 64 percent of commuters in the count said they want a later last sailing.");
        Assert.Equal("64 percent of commuters in the count", QuoteStarting(analysis, "they want a later last sailing").Speaker);
    }

    [Fact]
    public void A_bracketed_aside_after_a_share_keeps_the_share_the_speaker()
    {
        var analysis = Analyze(
            "The shipyard rumours have done damage: one in five of the dock workers said they expect layoffs by winter; 37 percent (and 52 percent of welders) said they fear the yard will close.");
        Assert.Equal("37 percent (and 52 percent of welders)", QuoteStarting(analysis, "they fear the yard will close").Speaker);
        Assert.DoesNotContain("37 percent", QuoteStarting(analysis, "they expect layoffs").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_listed_together_speak_together()
    {
        var analysis = Analyze(
            "Riders are split on the fare rise.",
            "Asked how they would react, 45% of commuters, 28% of students and 12% of retirees say they would stop riding the ferry.");
        Assert.Equal("45% of commuters, 28% of students and 12% of retirees", QuoteStarting(analysis, "they would stop riding").Speaker);
    }
}
