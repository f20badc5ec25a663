using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Questions and requests put by groups, bodies and documents ("Callers asked whether …", "The Harbour Ministry asked the
/// board to …"), and the asks that are no statement: a source's terms for anonymity; made-up articles.
/// </summary>
public sealed class AskedByGroupsTests
{
    private const string Opening = "Dana Ortiz runs the ferry office in Tarnby.";

    [Theory]
    [InlineData("Callers to the harbour radio show asked whether the night ferry would return.", "whether the night ferry would return", "Callers to the harbour radio show")]
    [InlineData("Two harbour committees asked the port authority to investigate whether the tolls were legal.", "the port authority to investigate", "Two harbour committees")]
    [InlineData("The Harbour Ministry asked the board to delay the vote on the northern loop.", "the board to delay the vote", "Harbour Ministry")]
    [InlineData("The survey asks where each rider boards and how often they travel.", "where each rider boards", "survey")]
    public void A_group_a_body_or_a_document_puts_its_own_question(string sentence, string content, string speaker)
    {
        Assert.Equal(speaker, QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void Asking_not_to_be_named_is_no_statement()
    {
        var analysis = Analyze(Opening, "A harbour official who asked not to be named said the pier would close in May.");
        NoQuoteStarting(analysis, "not to be named");
        Assert.Equal("harbour official", QuoteStarting(analysis, "the pier would close").Speaker);
    }

    [Fact]
    public void A_request_yet_to_be_made_is_no_statement()
    {
        var analysis = Analyze(Opening, "Harbour workers will ask the board to raise their pay next week.");
        NoQuoteStarting(analysis, "the board to raise their pay");
    }

    [Fact]
    public void The_words_before_a_groups_ask_are_not_what_it_asked()
    {
        var analysis = Analyze(Opening, "On the day the Tarnby Herald reports that the pier is sinking, the harbour commissioners did not ask the mayor about it.");
        NoQuoteStarting(analysis, "On the day");
    }
}
