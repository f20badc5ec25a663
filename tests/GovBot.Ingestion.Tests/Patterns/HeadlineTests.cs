using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A headline that reports what a person said, kept once; made-up articles.</summary>
public sealed class HeadlineTests
{
    private static ArticleAnalysis Article(string title, params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze(title + "\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void A_headline_statement_the_body_does_not_repeat_is_the_named_person_s()
    {
        var analysis = Article(
            "Mayor Dana Ortiz Says Council Hid The Harbor Audit For Two Years.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.",
            "The council has not published its accounts since 2021.");
        var headline = Assert.Single(analysis.Quotes, q => q.Text.StartsWith("Council Hid The Harbor Audit", StringComparison.Ordinal));
        Assert.Equal("Dana Ortiz", headline.Speaker);
        Assert.Equal(QuoteKind.Indirect, headline.Kind);
        Assert.Equal("Council Hid The Harbor Audit For Two Years", headline.Text);
    }

    [Fact]
    public void A_trailing_cue_gives_the_words_before_the_comma()
    {
        var analysis = Article(
            "Harbor Plan Will Cost Twice The Estimate, Dana Ortiz Says.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.");
        Assert.Equal("Dana Ortiz", Assert.Single(analysis.Quotes, q => q.Text == "Harbor Plan Will Cost Twice The Estimate").Speaker);
    }

    [Fact]
    public void A_headline_the_body_already_reports_is_not_shown_twice()
    {
        var analysis = Article(
            "Dana Ortiz says council hid the harbor audit.",
            "Springfield Mayor Dana Ortiz said on Tuesday that the council hid the harbor audit from voters for two years.");
        Assert.Single(analysis.Quotes, q => q.Text.Contains("hid the harbor audit", StringComparison.Ordinal));
        Assert.Equal("Dana Ortiz", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void A_headline_that_shares_only_a_word_with_a_body_statement_is_no_repeat()
    {
        var analysis = Article(
            "Dana Ortiz Says Smugglers Breached Ferry Ledger.",
            "Springfield Mayor Dana Ortiz said on Tuesday that the ferry ledger of the water board was complete.");
        Assert.Equal("Dana Ortiz", Assert.Single(analysis.Quotes, q => q.Text == "Smugglers Breached Ferry Ledger").Speaker);
    }

    [Fact]
    public void An_announcement_or_just_announced_news_is_the_named_person_s()
    {
        var announces = Article(
            "Mayor Dana Ortiz Announces Harbour Levy To Fund Two New Ferries.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.");
        Assert.Equal("Dana Ortiz", Assert.Single(announces.Quotes, q => q.Text == "Harbour Levy To Fund Two New Ferries").Speaker);
        var just = Article(
            "Dana Ortiz Just Announced Her Pick For Harbour Chief.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.");
        Assert.Equal("Dana Ortiz", Assert.Single(just.Quotes, q => q.Text == "Her Pick For Harbour Chief").Speaker);
    }

    [Fact]
    public void A_teaser_in_the_past_tense_or_an_unknown_subject_gives_nothing()
    {
        var teaser = Article(
            "Dana Ortiz Said The 4 Words Everyone Was Thinking.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.");
        Assert.Empty(teaser.Quotes);
        var unknown = Article(
            "Bellwood County Says Harbor Plan Will Fail.",
            "The county board met on Tuesday night.");
        Assert.Empty(unknown.Quotes);
    }
}
