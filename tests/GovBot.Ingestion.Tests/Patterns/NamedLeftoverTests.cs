using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Named subjects and bodies in shapes the name rules used to miss; made-up articles about a harbour town.</summary>
public sealed class NamedLeftoverTests
{
    [Fact]
    public void A_part_of_the_day_after_in_a_statement_does_not_stop_the_reported_words()
    {
        var analysis = Analyze(
            "The water board met behind closed doors for six hours.",
            "Board chair Marta Quell wrote in a letter Friday evening they would review every contract signed since March.");
        Assert.Equal("Marta Quell", QuoteStarting(analysis, "they would review every contract").Speaker);
    }

    [Fact]
    public void A_group_of_named_places_speaks_as_a_body()
    {
        var analysis = Analyze(
            "A new levy on ferry tickets takes effect in June.",
            "The towns of Wexmoor and Tallbridge said the levy would drive away summer visitors.",
            "Later the cities of Orvale, Kell and Danthorpe said on Friday that they would take the port authority to court.");
        Assert.Equal("towns of Wexmoor and Tallbridge", QuoteStarting(analysis, "the levy would drive away").Speaker);
        Assert.Equal("cities of Orvale, Kell and Danthorpe", QuoteStarting(analysis, "they would take the port authority").Speaker);
    }

    [Fact]
    public void A_suffix_after_a_name_with_a_kinship_noun_before_it_keeps_the_speaker()
    {
        var analysis = Analyze(
            "The dredging contract had been with the same family for forty years.",
            "Her nephew Tobias Renn Jr. announced on Monday that the firm would hire twelve more divers.");
        Assert.StartsWith("Tobias Renn", QuoteStarting(analysis, "the firm would hire twelve").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_after_a_comma_aside_and_that_still_opens_the_reported_words()
    {
        var analysis = Analyze(
            "Councillor Fenna Rusk voted against the pier rebuild in May.",
            "Rusk now says, however, that – having read the engineers' survey – she backs spending the reserve on new pilings.");
        var statement = QuoteStarting(analysis, "– having read the engineers");
        Assert.Equal("Fenna Rusk", statement.Speaker);
    }

    [Fact]
    public void A_harbour_master_before_a_name_is_a_role()
    {
        var analysis = Analyze(
            "Storm damage closed two berths on the east quay last week.",
            "The quay will reopen in May, harbour master Selma Varga said on Tuesday.");
        Assert.Equal("Selma Varga", QuoteStarting(analysis, "The quay will reopen in May").Speaker);
    }
}
