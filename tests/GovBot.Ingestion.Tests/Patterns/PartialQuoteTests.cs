using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Quoted words inside reported speech; made-up articles.</summary>
public sealed class PartialQuoteTests
{
    [Fact]
    public void A_participle_after_a_comma_inside_the_closing_mark_starts_a_new_statement()
    {
        var analysis = Analyze(
            "State Senator Tom Wallace spoke in Dayton on Friday.",
            "Wallace said last week that Dunmore represents \"Ohio values,\" adding during the debate that the county board under Dunmore \"has lost its nerve.\"");
        var first = QuoteStarting(analysis, "Dunmore represents");
        Assert.Equal("Dunmore represents \"Ohio values,\"", first.Text);
        Assert.Equal("Tom Wallace", first.Speaker);
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "the county board under Dunmore").Speaker);
    }

    [Fact]
    public void A_cue_after_reported_words_that_end_in_a_short_quotation_takes_the_whole_sentence()
    {
        var analysis = Analyze(
            "The harbor plan went to the council on Monday.",
            "The new fee is \"a raw deal,\" said Carl Benning, an analyst at Tidewater Bank.");
        var statement = QuoteStarting(analysis, "The new fee is");
        Assert.Equal("The new fee is \"a raw deal,\"", statement.Text);
        Assert.Equal("Carl Benning", statement.Speaker);
    }

    [Fact]
    public void A_short_quotation_that_opens_a_reported_clause_leaves_it_reported_speech()
    {
        var analysis = Analyze(
            "Judge Maria Sotelo spoke at the bar dinner.",
            "Sotelo said that “a wise judge” can bring different views to the federal bench.");
        var statement = QuoteStarting(analysis, "“a wise judge” can bring");
        Assert.Equal("Maria Sotelo", statement.Speaker);
        Assert.EndsWith("to the federal bench", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_words_ending_in_a_fragment_before_a_cue_and_a_participle_are_the_speakers()
    {
        var analysis = Analyze(
            "The Carrow Bay harbor board met on Tuesday. Board chair Tomas Ferreira led the meeting.",
            "The dredging contractor will ask for the \"full budget,\" Ferreira said, adding that the board \"is ready to talk.\"");
        var reported = QuoteStarting(analysis, "The dredging contractor will ask");
        Assert.Equal("Tomas Ferreira", reported.Speaker);
    }

    [Fact]
    public void A_sentence_that_runs_on_into_a_quoted_fragment_before_its_cue_is_the_speakers_whole()
    {
        var analysis = Analyze(
            "The Carrow Bay harbor board met on Tuesday. Board chair Tomas Ferreira led the meeting.",
            "The mooring levy, which the board sets every spring, \"pays for the new pumps and the night patrols,\" said Ines Kowalczyk, the board's treasurer.",
            "Both ferry operators on the bay \"were slow to answer our letters,\" Ferreira said.");
        Assert.Equal("Ines Kowalczyk", QuoteStarting(analysis, "The mooring levy, which the board sets").Speaker);
        Assert.Equal("Tomas Ferreira", QuoteStarting(analysis, "Both ferry operators on the bay").Speaker);
    }

    [Fact]
    public void One_word_before_a_quotation_that_an_inverted_cue_closes_keeps_the_sentence_reported()
    {
        var analysis = Analyze(
            "Ansel Brody and Corin Vale spoke at the ferry terminal on Sunday.",
            "They \"had real trust,\" said Ansel Brody, the board's deputy finance officer.",
            "But \"it will not be speeches and ribbons,\" said Corin Vale, the port's head of events, referring to the opening.");
        var trust = QuoteStarting(analysis, "They \"had real trust");
        Assert.Equal("They \"had real trust,\"", trust.Text);
        Assert.Equal("Ansel Brody", trust.Speaker);
        Assert.Equal("Corin Vale", QuoteStarting(analysis, "But \"it will not be").Speaker);
    }

    [Fact]
    public void A_trailing_cue_with_its_occasion_after_a_short_quotation_takes_the_whole_sentence()
    {
        var analysis = Analyze(
            "Greta Halvorsen chairs the water board.",
            "The quarrel over the levy needs a season to \"settle down,\" Halvorsen said during a phone call to the Tarnby Herald.");
        var statement = QuoteStarting(analysis, "The quarrel over the levy");
        Assert.Equal("The quarrel over the levy needs a season to \"settle down,\"", statement.Text);
        Assert.Equal("Greta Halvorsen", statement.Speaker);
    }
}
