using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A named subject set apart from its speech verb by a long aside; made-up articles.</summary>
public sealed class LongAsideTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("Made-up headline for a test\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static ExtractedQuote QuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void A_name_before_an_aside_between_dashes_speaks()
    {
        var analysis = Analyze(
            "Voters lined up early in Dover on Tuesday.",
            "Jared Pellman — a teacher from the east side of town — says he made up his mind in the last week.");
        var quote = QuoteStarting(analysis, "he made up his mind");
        Assert.Equal("Jared Pellman", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_name_before_an_appositive_with_its_own_relative_clause_speaks()
    {
        var analysis = Analyze(
            "The housing rules take effect in March.",
            "Edwin Marsh, an official at the Pine County Housing Authority, which has a backlog of 300 repairs, said the rules would force him to cut a crew.");
        Assert.Equal("Edwin Marsh", QuoteStarting(analysis, "the rules would force him").Speaker);
    }

    [Fact]
    public void A_name_inside_the_aside_does_not_take_the_words_from_the_name_that_opens_the_sentence()
    {
        var analysis = Analyze(
            "The hearing ran late on Monday.",
            "Sen. Carla Brandt, D-Ore., appearing on Channel Nine News right after the hearing, said the agency had failed to answer the questions.");
        Assert.Equal("Carla Brandt", QuoteStarting(analysis, "the agency had failed").Speaker);
    }
}
