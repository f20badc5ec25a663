using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A position reported by what it is for or against ("argued against …", "insisted on …"); made-up articles.</summary>
public sealed class ArguedAgainstTests
{
    private const string Opening = "Harbor Commissioner Wendeline Prask toured the flooded pier in Marlow Bay on Monday.";

    [Theory]
    [InlineData("Prask argued against any new dredging in the bay before the autumn.", "any new dredging in the bay")]
    [InlineData("Prask also argued in favor of a second vote on the ferry levy.", "a second vote on the ferry levy")]
    [InlineData("Prask has insisted on keeping the night ferry for the island workers.", "keeping the night ferry")]
    public void The_position_taken_is_the_speakers_words(string sentence, string content)
    {
        Assert.Equal("Wendeline Prask", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void Insisting_on_a_day_leaves_the_clause_after_that()
    {
        var analysis = Analyze(Opening, "Prask insisted on Tuesday that the levy would not rise this year.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the levy would not rise").Speaker);
        NoQuoteStarting(analysis, "Tuesday");
    }
}
