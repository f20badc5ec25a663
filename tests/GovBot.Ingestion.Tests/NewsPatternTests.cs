using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Ingestion.Tests;

/// <summary>Attribution patterns of US political news, each in a small made-up article.</summary>
public sealed class NewsPatternTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("Made-up headline for a test\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static ExtractedQuote QuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void Quotation_marks_typed_as_two_apostrophes_are_quotes_and_keep_the_file_s_characters_and_offsets()
    {
        const string body = "''We will not back down from this fight over the levee budget,'' said Dana Ortiz, the mayor of Springfield.";
        var analysis = Analyze(body);
        var quote = QuoteStarting(analysis, "We will not back down");
        Assert.Equal("Dana Ortiz", quote.Speaker);
        var text = "Made-up headline for a test\n\n" + body + "\n";
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }
}
