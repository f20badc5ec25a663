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

    [Fact]
    public void A_clause_of_time_after_the_person_told_is_the_scene_not_the_words()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz and Jon Brask spoke at the harbour on Sunday.",
            "This is not about me, Mayor Dana Ortiz told her closest advisers as she labored over the last budget of her term.",
            "Jon Brask, the former head of the ferry union, told the Herald before he spoke to the board that he believed the levy was fair.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "This is not about me").Speaker);
        NoQuoteStarting(analysis, "she labored");
        Assert.Equal("Jon Brask", QuoteStarting(analysis, "he believed the levy was fair").Speaker);
        NoQuoteStarting(analysis, "he spoke to the board");
    }
}
