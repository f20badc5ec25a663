using GovBot.Core.Analysis;

namespace GovBot.Ingestion.Tests;

/// <summary>Made-up news articles for pattern tests, and the statements extraction finds in them.</summary>
internal static class MadeUpArticle
{
    public static ArticleAnalysis Analyze(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("Made-up headline for a test\n\n" + string.Join("\n\n", paragraphs) + "\n");

    public static ExtractedQuote QuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    public static void NoQuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));
}
