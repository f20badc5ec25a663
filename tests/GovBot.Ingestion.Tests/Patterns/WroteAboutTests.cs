using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>What a writer wrote about ("wrote about …", "wrote of …") is reported by its subject; made-up articles.</summary>
public sealed class WroteAboutTests
{
    private const string Opening = "Lighthouse keeper Marit Solvang published her second book in Veldhaven this spring.";

    [Theory]
    [InlineData("Solvang wrote about the winter the lamp failed in her first book.", "the winter the lamp failed")]
    [InlineData("Solvang wrote of growing up on the rocks beyond the harbour.", "growing up on the rocks")]
    public void The_subject_written_about_is_the_writers_statement(string sentence, string content)
    {
        Assert.Equal("Marit Solvang", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_quotation_before_wrote_of_stays_the_words()
    {
        var analysis = Analyze(Opening, "\"The lamp was never mine to keep,\" Solvang wrote of the old tower.");
        Assert.Equal("Marit Solvang", QuoteStarting(analysis, "The lamp was never mine").Speaker);
        NoQuoteStarting(analysis, "the old tower");
    }
}
