using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// "Vorn wrote:" closing a paragraph, and the next paragraph of unquoted words is Vorn's (a block quotation); the words
/// before such a colon are never the statement. Made-up articles.
/// </summary>
public sealed class BlockQuoteTests
{
    [Fact]
    public void The_unquoted_paragraph_after_a_closing_colon_cue_is_the_named_persons()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the port authority on Monday.",
            "In a note with the video, Vorn wrote:",
            "I think this plan is timely, as the port is losing ships to Marlow every winter.",
            "The captains applauded.");
        var block = QuoteStarting(analysis, "I think this plan is timely");
        Assert.Equal("Dale Vorn", block.Speaker);
        Assert.Equal(QuoteKind.Indirect, block.Kind);
        Assert.EndsWith("every winter.", block.Text, StringComparison.Ordinal);
        NoQuoteStarting(analysis, "In a note with the video");
    }

    [Fact]
    public void The_words_before_a_colon_cue_that_introduces_a_quotation_are_no_statement()
    {
        var analysis = Analyze(
            "The port authority met on Monday to discuss the dredging levy.",
            "After a long and often heated exchange with the captains about the winter timetable, Harbour Master Dale Vorn said:",
            "“We will not raise the levy this year. The channel can wait.”");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "We will not raise the levy").Speaker);
        NoQuoteStarting(analysis, "After a long and often heated exchange");
    }
}
