using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Speech whose subject names no person: a described source or a group of people, as written; made-up articles.</summary>
public sealed class UnresolvedSubjectTests
{
    [Fact]
    public void A_described_witness_is_the_speaker_as_written()
    {
        var analysis = Analyze(
            "A city bus struck a newspaper kiosk in Millbrook on Saturday.",
            "The witness said the bus ran the red light a moment before it struck the kiosk.");
        var quote = QuoteStarting(analysis, "the bus ran the red light");
        Assert.Equal("witness", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_spokeswoman_for_a_body_reads_as_that_body_s_spokeswoman()
    {
        var analysis = Analyze(
            "The ferry line cancelled its evening crossings on Tuesday.",
            "A spokeswoman for the ferry operator said that the boats would sail again by the weekend.",
            "A spokesman for the pilots union said the pilots had warned of the storm for days.");
        Assert.Equal("ferry operator spokeswoman", QuoteStarting(analysis, "the boats would sail again").Speaker);
        Assert.Equal("pilots union spokesman", QuoteStarting(analysis, "the pilots had warned").Speaker);
    }

    [Fact]
    public void A_parenthetical_unnamed_source_leaves_the_rest_of_the_sentence_as_the_content()
    {
        var analysis = Analyze(
            "The council met behind closed doors on Monday.",
            "The plan, a spokeswoman for the county party said, is to put the bond measure on the November ballot.");
        Assert.Equal("county party spokeswoman", QuoteStarting(analysis, "is to put the bond measure").Speaker);
    }

    [Fact]
    public void An_institution_that_speaks_through_officials_is_not_given_the_words()
    {
        var analysis = Analyze(
            "The water board raised rates on Thursday.",
            "The agency said it would review the billing errors over the coming weeks.");
        NoQuoteStarting(analysis, "it would review the billing errors");
    }

    [Fact]
    public void What_a_described_source_believes_is_not_a_statement()
    {
        var analysis = Analyze(
            "The strike entered its third week on Friday.",
            "A spokesman for the drivers believes the talks will resume after the holiday.");
        NoQuoteStarting(analysis, "the talks will resume");
    }

    [Fact]
    public void A_capitalised_group_of_people_opening_the_sentence_speaks_as_written()
    {
        var analysis = Analyze(
            "Councilwoman Dana Ortiz stayed in the race for the county seat.",
            "Critics said the councilwoman had broken her promise to the tenants.",
            "Some Democrats say the county party should have settled the primary in the spring.");
        Assert.Equal("Critics", QuoteStarting(analysis, "the councilwoman had broken her promise").Speaker);
        Assert.Equal("Some Democrats", QuoteStarting(analysis, "the county party should have settled").Speaker);
    }
}
