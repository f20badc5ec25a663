using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Title-case headlines glued to a live blog's time stamps; made-up articles.</summary>
public sealed class LiveBlogHeadlineTests
{
    [Fact]
    public void A_headline_after_a_time_stamp_is_the_named_speakers_statement_without_the_next_sentences_subject()
    {
        var analysis = Analyze(
            "Ana ReyesFlagShareReplyIvo Marsh 5ptsFeaturedMarch 6, 2026 9:12PMOrtiz Says The Ferry Levy Will Not Rise Before The Vote Mayor Dana Ortiz, who has fought the levy for years, told the hall the fund was safe. Ana ReyesFlagShareReply 9:20PMBelo Warns The Quay Needs New Pilings Former Lakeland Gov. Tomas Belo criticized the harbor board.");
        var ortiz = QuoteStarting(analysis, "The Ferry Levy");
        Assert.Equal("The Ferry Levy Will Not Rise Before The Vote", ortiz.Text);
        Assert.Equal("Dana Ortiz", ortiz.Speaker);
        Assert.Equal(QuoteKind.Indirect, ortiz.Kind);
        var belo = QuoteStarting(analysis, "The Quay Needs");
        Assert.Equal("The Quay Needs New Pilings", belo.Text);
        Assert.Equal("Tomas Belo", belo.Speaker);
    }

    [Fact]
    public void Title_case_without_a_time_stamp_or_a_known_person_is_no_statement()
    {
        var analysis = Analyze(
            "Harbor Notes: Pilot Says The Quay Needs New Pilings, a column by the harbor board.",
            "9:40PMNobody Says The Ferry Will Sail On Time and the board agreed.");
        NoQuoteStarting(analysis, "The Quay Needs");
        NoQuoteStarting(analysis, "The Ferry Will Sail");
    }
}
