using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// "As Vorn told the Herald, …" and "…, and as Vorn noted, …": an "as" cue with the one told, or opening a clause joined to
/// the one before, reports the clause after its comma. Made-up articles.
/// </summary>
public sealed class AsCueNamedTests
{
    [Fact]
    public void An_as_cue_past_the_one_told_or_after_a_joined_clause_reports_what_follows()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the port authority on Monday.",
            "As Vorn told the Tarnby Herald, the ferry subsidy depends on keeping the winter timetable.",
            "The inquiry could still sanction staff, and as Vorn noted, people involved in the case could still be fired.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "the ferry subsidy depends on").Speaker);
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "people involved in the case could still be fired").Speaker);
    }
}
