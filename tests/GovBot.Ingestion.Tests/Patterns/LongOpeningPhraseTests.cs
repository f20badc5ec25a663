using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A long opening phrase with asides of its own is no content of a cue with a short clause after it; made-up articles.</summary>
public sealed class LongOpeningPhraseTests
{
    private const string Opening = "Lotte Brandvik, a yacht skipper from Saltholm, entered the regatta for the third year running.";

    [Fact]
    public void A_long_with_phrase_before_the_subject_is_no_content()
    {
        var analysis = Analyze(
            Opening,
            "With the fog still thick over the bay, which the coastguard, short of boats, had warned about all week, Brandvik claimed the regatta's top prize.");
        Assert.Equal("Lotte Brandvik", QuoteStarting(analysis, "the regatta's top prize").Speaker);
        NoQuoteStarting(analysis, "With the fog");
    }

    [Fact]
    public void A_short_opening_phrase_is_read_as_before()
    {
        var analysis = Analyze(Opening, "After the last race, Brandvik said the cup was hers.");
        Assert.Equal("Lotte Brandvik", QuoteStarting(analysis, "the cup was hers").Speaker);
    }
}
