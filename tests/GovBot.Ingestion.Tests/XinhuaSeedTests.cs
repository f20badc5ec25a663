using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Tests.Shared;

namespace GovBot.Ingestion.Tests;

/// <summary>The acceptance case for the seed article, read raw as scraped (no metadata block).</summary>
public sealed class XinhuaSeedTests
{
    private static readonly string Text = DocumentFiles.Decode(File.ReadAllBytes(RepoPaths.SeedArticle));
    private static readonly ArticleAnalysis Analysis = new ArticleAnalyzer().Analyze(Text, RepoPaths.SeedArticle);

    [Fact]
    public void Metadata_is_inferred_from_headline_byline_and_dateline()
    {
        Assert.Equal("China efforts on community with shared future apply also in cyberspace: diplomat", Analysis.Title);
        Assert.Equal("Xinhua", Analysis.Source);
        Assert.Equal("2017-12-20", Analysis.Date);
        Assert.Equal("Geneva", Analysis.Place);
        Assert.Equal(ArticleKind.News, Analysis.Kind);
    }

    [Fact]
    public void Long_Zhou_is_the_one_speaker_with_title_organisation_and_country()
    {
        var speaker = Assert.Single(Analysis.Speakers);
        Assert.Equal("Long Zhou", speaker.Name);
        Assert.Equal("Coordinator for Cyber Affairs", speaker.Title);
        Assert.Equal("Ministry of Foreign Affairs", speaker.Organization);
        Assert.Equal("China", speaker.Country);
        Assert.Contains("Long", speaker.Aliases);
    }

    [Theory]
    [InlineData("All countries are interconnected")]
    [InlineData("Cyber space should be a place of peace")]
    [InlineData("In the long run, we should establish")]
    [InlineData("Resorting to use of force")]
    public void Each_direct_quote_is_attributed_to_Long_Zhou(string opening)
    {
        var quote = Assert.Single(Analysis.Quotes, q => q.Kind == QuoteKind.Direct && q.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal("Long Zhou", quote.Speaker);
    }

    [Fact]
    public void There_are_exactly_four_direct_quotes_and_no_scare_quotes()
    {
        var direct = Analysis.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(4, direct.Count);
        Assert.DoesNotContain(Analysis.Quotes, q => q.Text is "the reality" or "that reality" or "develop first and disarm later");
    }

    [Fact]
    public void Reported_speech_is_found_and_attributed()
    {
        var indirect = Analysis.Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();
        Assert.True(indirect.Count >= 6, $"only {indirect.Count} reported statements");
        Assert.All(indirect, q => Assert.Equal("Long Zhou", q.Speaker));
        Assert.Contains(indirect, q => q.Text.StartsWith("is ready to work with all parties", StringComparison.Ordinal));
        Assert.Contains(indirect, q => q.Text.StartsWith("in order to promote cybersecurity", StringComparison.Ordinal));
    }

    [Fact]
    public void Offsets_point_at_the_quote_text_in_the_file_as_read()
    {
        Assert.All(Analysis.Quotes, q => Assert.Equal(q.Text, Text[q.Start..q.End]));
    }

    [Fact]
    public void Summary_carries_the_lede_and_names_the_speaker_without_cutting_a_sentence()
    {
        Assert.StartsWith("A Chinese diplomat said Tuesday", Analysis.Summary, StringComparison.Ordinal);
        Assert.Contains("Long Zhou", Analysis.Summary, StringComparison.Ordinal);
        Assert.EndsWith(".", Analysis.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_include_the_arms_race_and_shared_future()
    {
        Assert.Contains("arms race", Analysis.Topics);
        Assert.Contains("shared future", Analysis.Topics);
    }
}
