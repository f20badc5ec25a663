using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"According to" an outlet the name rules cannot place, and in the middle of a sentence; made-up articles.</summary>
public sealed class AccordingToTests
{
    [Fact]
    public void An_outlet_named_alone_is_the_source_as_written()
    {
        var analysis = Analyze(
            "Markets were calm on Friday morning.",
            "The county's bond rating slipped twice in one week, costing the schools millions in extra interest, according to Tidewater.",
            "According to Brightline Weekly, the station will not renew the morning host's contract in the spring.");
        var trailing = QuoteStarting(analysis, "The county's bond rating slipped");
        Assert.Equal("Tidewater", trailing.Speaker);
        Assert.Equal(QuoteKind.Indirect, trailing.Kind);
        Assert.Equal("Brightline Weekly", QuoteStarting(analysis, "the station will not renew").Speaker);
    }

    [Fact]
    public void According_to_in_the_middle_of_a_sentence_attributes_the_main_clause()
    {
        var analysis = Analyze(
            "The shelter on Pier Street opened in 2019.",
            "Over the past two winters, according to the Harbor Rights Project, the shelter has turned away more than 300 families.");
        Assert.Equal("Harbor Rights Project", QuoteStarting(analysis, "the shelter has turned away").Speaker);
    }

    [Fact]
    public void A_public_body_or_a_possessive_s_body_named_in_capitals_is_left_to_its_officials()
    {
        var analysis = Analyze(
            "The results page slowed on Sunday night.",
            "The slowdown was a flood of junk requests from abroad, according to the country's Cyber Security Service, which tracked the traffic.");
        NoQuoteStarting(analysis, "The slowdown was a flood");
    }
}
