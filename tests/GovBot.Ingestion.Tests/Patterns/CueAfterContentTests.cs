using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Cues that follow their reported words, with more after the cue than a comma and a stop; made-up articles.</summary>
public sealed class CueAfterContentTests
{
    [Fact]
    public void An_aside_after_a_parenthetical_cue_leaves_the_words_before_it_as_the_content()
    {
        var analysis = Analyze(
            "Ferry captain Tomas Lindgren met the crews of the night boats on Monday.",
            "Not one deckhand would sign up for the late crossing, he said, on the promise that his name would stay out of print.",
            "Night crews would be paid double under the new contract, Lindgren said, a raise that could keep the late boats running through the winter.");
        var anonymous = QuoteStarting(analysis, "Not one deckhand would sign up");
        Assert.Equal("Tomas Lindgren", anonymous.Speaker);
        Assert.Equal(QuoteKind.Indirect, anonymous.Kind);
        Assert.Equal("Tomas Lindgren", QuoteStarting(analysis, "Night crews would be paid double").Speaker);
        NoQuoteStarting(analysis, "on the promise that");
        NoQuoteStarting(analysis, "a raise that could keep");
    }

    [Fact]
    public void A_cue_whose_occasion_runs_on_past_a_dash_a_semicolon_or_a_title_still_closes_the_sentence()
    {
        var analysis = Analyze(
            "The water board will vote on the reservoir plan in March.",
            "The eastern reservoir leaked for a decade before anyone measured it, former mayor Hana Sorvik said this week at a forum in Millbrook — a sharp turn from her earlier defence of the engineers.",
            "The first dam on the river was built with convict labour, Sorvik wrote in her 2018 history of the valley, \"Still Water.\"",
            "To keep the plan alive, the board probably needs four of its seven votes, political analysts say; in 2015, a similar plan won only two.");
        Assert.Equal("Hana Sorvik", QuoteStarting(analysis, "The eastern reservoir leaked").Speaker);
        Assert.Equal("Hana Sorvik", QuoteStarting(analysis, "The first dam on the river").Speaker);
        Assert.Equal("political analysts", QuoteStarting(analysis, "To keep the plan alive").Speaker);
        NoQuoteStarting(analysis, "; in 2015");
    }

    [Fact]
    public void An_inverted_cue_names_a_speaker_after_two_roles_or_before_a_place()
    {
        var analysis = Analyze(
            "The port's new cranes arrived on Tuesday.",
            "The cranes were ordered before the tariff on steel took effect, said consultant and former harbor pilot Ivo Brandt.",
            "Even the smallest berth now moves more boxes than the old main pier, says logistics scholar Marit Olsen in Bergen.");
        Assert.Equal("Ivo Brandt", QuoteStarting(analysis, "The cranes were ordered").Speaker);
        Assert.Equal("Marit Olsen", QuoteStarting(analysis, "Even the smallest berth").Speaker);
    }

    [Fact]
    public void An_inverted_cue_before_a_described_source_takes_the_source_as_written()
    {
        var analysis = Analyze(
            "The ministry has not said when the cable repairs will finish.",
            "The ministry knew about the damaged cable for weeks before the outage, said an engineer who has inspected the cable and asked to stay unnamed.",
            "The backup link was never tested under load, said several engineers.",
            "The outage report was filed late, she wrote in her note for the regulator.");
        Assert.Equal("engineer", QuoteStarting(analysis, "The ministry knew about").Speaker);
        Assert.Equal("several engineers", QuoteStarting(analysis, "The backup link was never tested").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "in her note for the regulator");
    }

    [Fact]
    public void A_cue_followed_by_that_or_after_a_topic_opening_reports_the_words_after_it()
    {
        var analysis = Analyze(
            "Harbor engineer Pia Lindqvist inspected the sea wall on Wednesday.",
            "She voiced little concern about the cracks; if anything, she said that the gates worried her more.",
            "As for the tide tables, she said they are out of date.");
        Assert.Equal("Pia Lindqvist", QuoteStarting(analysis, "the gates worried her more").Speaker);
        Assert.Equal("Pia Lindqvist", QuoteStarting(analysis, "they are out of date").Speaker);
        NoQuoteStarting(analysis, "She voiced little concern");
        NoQuoteStarting(analysis, "As for the tide tables");
    }

    [Fact]
    public void A_short_clause_with_its_own_subject_after_the_cue_is_the_content_not_the_opening_phrase()
    {
        var analysis = Analyze(
            "The Tarnby ferry inquiry opened on Monday.",
            "Later in the day, the Tarnby Port Authority said it would cooperate.",
            "On Friday morning, the Velmora Ferry Company said it wouldn’t cooperate.");
        Assert.Equal("Tarnby Port Authority", QuoteStarting(analysis, "it would cooperate").Speaker);
        Assert.Equal("Velmora Ferry Company", QuoteStarting(analysis, "it wouldn’t cooperate").Speaker);
        NoQuoteStarting(analysis, "Later in the day");
        NoQuoteStarting(analysis, "On Friday morning");
    }
}
