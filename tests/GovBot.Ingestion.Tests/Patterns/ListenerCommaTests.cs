using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"Vorn told the Herald, her policy …": a comma after the person told, then the reported clause. Made-up articles.</summary>
public sealed class ListenerCommaTests
{
    [Fact]
    public void A_clause_after_the_listener_and_a_comma_is_reported()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the port authority on Monday.",
            "Instead, Vorn told the Herald, her policy would merely be to dredge the channel.",
            "And, Vorn tells the crowd, she’s been known to be tough in her home port.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "her policy would merely be").Speaker);
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "she’s been known to be tough").Speaker);
    }
}
