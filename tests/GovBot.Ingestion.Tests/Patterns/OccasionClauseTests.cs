using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// "Vorn wrote in two emails she was proud …": a short occasion after the verb, then a clause opened by a pronoun and
/// a finite verb; a pronoun that opens a relative ("said of the meeting he had with …") is not taken. Made-up articles.
/// </summary>
public sealed class OccasionClauseTests
{
    [Fact]
    public void A_pronoun_clause_after_a_short_occasion_is_reported()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the port authority on Monday.",
            "Vorn wrote in two emails she was proud to report the dredger had been sold.",
            "Vorn said in harbour work it takes years to earn the trust of captains.",
            "Vorn said of the meeting she had last week with the captains that it went well.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "she was proud to report").Speaker);
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "it takes years to earn").Speaker);
        NoQuoteStarting(analysis, "she had last week");
    }
}
