using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"They" speaking inside a relative clause, for the group that opens the sentence; made-up water board articles.</summary>
public sealed class TheyInRelativeTests
{
    [Fact]
    public void Which_they_say_reports_the_rest_of_the_clause_for_the_opening_group()
    {
        var analysis = Analyze(
            "Farmers want more storage, such as new tanks and mended canals, which they argue keeps water in the valley more cheaply than pumps.");
        Assert.Equal("Farmers", QuoteStarting(analysis, "keeps water in the valley").Speaker);
    }

    [Fact]
    public void A_noun_they_say_after_a_dash_reports_its_clause()
    {
        var analysis = Analyze(
            "Farm groups blame the board for its refusal to raise the levy -- a refusal they say left the old pumps to rot.");
        Assert.Equal("Farm groups", QuoteStarting(analysis, "left the old pumps to rot").Speaker);
    }
}
