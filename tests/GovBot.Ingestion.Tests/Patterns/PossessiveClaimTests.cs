using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A claim named by its owner ("Brask's long-running claims that …"), whatever the sentence does with it; made-up articles.</summary>
public sealed class PossessiveClaimTests
{
    private const string Opening = "Harbour candidate Lena Brask opened her campaign office in Tarnby on Monday.";

    [Theory]
    [InlineData("Rivals will now test Brask's false claims that she speaks for the net menders.", "she speaks for the net menders")]
    [InlineData("The leaflet widened Brask's long-running claims that the ferry board is unfit.", "the ferry board is unfit")]
    [InlineData("Reporters questioned Brask's assertion that most of the trawlers were inspected.", "most of the trawlers were inspected")]
    [InlineData("Few voters shared Brask's insistence that the tolls would fall by spring.", "the tolls would fall by spring")]
    public void The_owner_of_a_claim_said_its_clause(string sentence, string content)
    {
        Assert.Equal("Lena Brask", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_claim_about_a_thing_with_no_clause_is_no_statement()
    {
        var analysis = Analyze(Opening, "Brask's insurance claims were paid in full after the storm.");
        NoQuoteStarting(analysis, "were paid in full");
    }
}
