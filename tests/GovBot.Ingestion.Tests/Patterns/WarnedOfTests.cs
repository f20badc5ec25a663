using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A warning reported by what it is about ("warned of …", "warning against …") rather than by a clause; made-up articles.</summary>
public sealed class WarnedOfTests
{
    private const string Opening = "Harbor Commissioner Wendeline Prask toured the flooded pier in Marlow Bay on Monday.";

    [Theory]
    [InlineData("Prask warned of a long and costly winter for the ferry crews.", "a long and costly winter")]
    [InlineData("Prask warned against closing the northern loop before the spring.", "closing the northern loop")]
    [InlineData("Prask has been warning about the price of diesel for months.", "the price of diesel")]
    [InlineData("Prask cautioned against any cut to the night service.", "any cut to the night service")]
    public void What_a_warning_is_about_is_the_speakers_words(string sentence, string content)
    {
        Assert.Equal("Wendeline Prask", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_person_warned_of_something_did_not_speak()
    {
        var analysis = Analyze(Opening, "Prask was warned of a long and costly winter for the ferry crews.");
        NoQuoteStarting(analysis, "a long and costly winter");
    }
}
