using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>An account told ("told the story of …", "tells a joke about …") is the teller's statement; made-up articles.</summary>
public sealed class ToldAccountTests
{
    private const string Opening = "Ferry pilot Oskar Vantreel spoke to dock workers in Hollin Sound on Thursday.";

    [Theory]
    [InlineData("Vantreel told the story of a deckhand who swam to shore in a gale.", "the story of a deckhand")]
    [InlineData("Vantreel told stories of how the old ferries ran without radar.", "stories of how the old ferries")]
    [InlineData("Vantreel told a slightly different tale about the night crossing.", "a slightly different tale")]
    [InlineData("Vantreel told a joke.", "a joke")]
    public void The_account_told_is_the_tellers_statement(string sentence, string content)
    {
        Assert.Equal("Oskar Vantreel", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void An_opening_phrase_before_an_account_is_no_content_of_a_closing_cue()
    {
        var analysis = Analyze(Opening, "On the ferry home that night, Vantreel tells a long joke about the harbour master's parrot.");
        Assert.Equal("Oskar Vantreel", QuoteStarting(analysis, "a long joke about the harbour master").Speaker);
        NoQuoteStarting(analysis, "On the ferry home");
    }

    [Fact]
    public void A_person_told_is_still_no_account()
    {
        var analysis = Analyze(Opening, "Vantreel told the crews the crossing would resume on Monday.");
        Assert.Equal("Oskar Vantreel", QuoteStarting(analysis, "the crossing would resume").Speaker);
    }
}
