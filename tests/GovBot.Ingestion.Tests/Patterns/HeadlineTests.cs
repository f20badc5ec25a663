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
    public void A_teaser_in_the_past_tense_gives_nothing()
    {
        var teaser = Article(
            "Dana Ortiz Said The 4 Words Everyone Was Thinking.",
            "Springfield Mayor Dana Ortiz spoke to a packed town hall on Tuesday night.");
        Assert.Empty(teaser.Quotes);
    }

    [Fact]
    public void A_subject_that_names_no_person_speaks_as_written()
    {
        var described = Article(
            "Tarnby Pilots Union Says Winter Timetable Will Strand Islanders.",
            "Pilots on the Tarnby crossing met on Tuesday night to vote on a walkout.");
        var headline = Assert.Single(described.Quotes);
        Assert.Equal("Tarnby Pilots Union", headline.Speaker);
        Assert.Equal("Winter Timetable Will Strand Islanders", headline.Text);
        // "Mayor’s Deputy", "Senator’s Son": a description by another person's relation is no name to file a profile under.
        var possessive = Article(
            "Mayor’s Deputy Says Harbour Levy Will Be Dropped.",
            "The council met on Tuesday night.");
        Assert.Empty(possessive.Quotes);
    }

    [Fact]
    public void A_dash_opens_the_title_part_whose_subject_speaks()
    {
        var analysis = Article(
            "Old Harbour Logbook Found In Tarnby Attic — Some Say It Rewrites The Town's History.",
            "A retired ferry clerk found the logbook while clearing out her house.");
        var headline = Assert.Single(analysis.Quotes);
        Assert.Equal("Some", headline.Speaker);
        Assert.Equal("It Rewrites The Town's History", headline.Text);
    }

    [Fact]
    public void A_state_named_in_the_headline_speaks_through_the_officials_the_article_quotes()
    {
        var analysis = Article(
            "Portugal Says Harbour Network Withstood Record Attack.",
            "\"Every port stayed open through the night,\" said Rita Salgado, the minister for maritime affairs, at a briefing in Lisbon.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("Withstood", StringComparison.Ordinal));
        Assert.Equal("Rita Salgado", Assert.Single(analysis.Quotes).Speaker);
    }
}
