using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A short phrase of time or place before "he said" opens the sentence; the clause after the verb is the content.</summary>
public sealed class OpeningPhraseTests
{
    [Fact]
    public void A_short_clause_after_the_verb_is_the_content_not_the_opening_phrase()
    {
        var analysis = Analyze(
            "Dale Varga, a retired ferry captain, spoke on Tuesday.",
            "After the debate in Tulsa, he said she had his vote.",
            "In the end, the voters will decide this race, he said.");
        Assert.Equal("Dale Varga", QuoteStarting(analysis, "she had his vote").Speaker);
        NoQuoteStarting(analysis, "After the debate");
        Assert.Equal("Dale Varga", QuoteStarting(analysis, "In the end, the voters will decide").Speaker);
    }
}
