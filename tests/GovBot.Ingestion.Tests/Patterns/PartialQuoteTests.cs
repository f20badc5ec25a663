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
}
