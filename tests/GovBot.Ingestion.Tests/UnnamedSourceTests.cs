using GovBot.Core.Analysis;

namespace GovBot.Ingestion.Tests;

/// <summary>An unnamed source introduced with "a", "one" or "another" is a new voice, not the next person the text names.</summary>
public sealed class UnnamedSourceTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("Made-up headline for a test\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void An_indefinite_description_without_a_country_stays_an_unnamed_speaker()
    {
        var analysis = Analyze(
            "Two drug makers called off their merger on Friday, citing the new rules.",
            "A Treasury spokesman said the agency does not comment on specific transactions. In a call last week, Treasury Secretary Jonah Lewin acknowledged the limits of the rules.");
        var quote = Assert.Single(analysis.Quotes, q => q.Text.Contains("does not comment", StringComparison.Ordinal));
        Assert.Equal("treasury spokesman", quote.Speaker);
    }
}
