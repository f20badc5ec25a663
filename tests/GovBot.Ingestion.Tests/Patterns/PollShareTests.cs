using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A poll's share of respondents as the subject of a speech verb, with the phrase as written for the speaker; made-up articles.</summary>
public sealed class PollShareTests
{
    [Fact]
    public void A_share_after_though_is_the_speaker_of_its_clause()
    {
        var analysis = Analyze(
            "The Brackwater water board polled customers about its new meter plan in March.",
            "Most customers backed the plan, though 41 percent said the meters would cost them more.");
        Assert.Equal("41 percent", QuoteStarting(analysis, "the meters would cost them more").Speaker);
    }

    [Fact]
    public void A_share_written_with_a_percent_sign_speaks()
    {
        var analysis = Analyze(
            "The port authority asked dock workers about the night shift.",
            "On overtime, 38% say the port should pay a flat rate.");
        Assert.Equal("38%", QuoteStarting(analysis, "the port should pay a flat rate").Speaker);
    }

    [Fact]
    public void Shares_in_words_speak_in_both_clauses()
    {
        var analysis = Analyze(
            "Ferry riders on the Oxholm line answered a survey this month.",
            "On night service, two in five said the last boat leaves too early, and nearly one in four said they had missed it at least once.");
        Assert.Equal("two in five", QuoteStarting(analysis, "the last boat leaves too early").Speaker);
        Assert.Equal("nearly one in four", QuoteStarting(analysis, "they had missed it").Speaker);
    }

    [Fact]
    public void Respondents_and_a_restated_share_speak()
    {
        var analysis = Analyze(
            "The ministry of digital affairs surveyed 900 firms about breach reporting.",
            "By a wide margin, those surveyed say the deadline for reporting a breach is too short.",
            "Just over a fifth, 22 percent, say they have never filed a report.");
        Assert.Equal("those surveyed", QuoteStarting(analysis, "the deadline for reporting a breach").Speaker);
        Assert.Equal("Just over a fifth, 22 percent", QuoteStarting(analysis, "they have never filed a report").Speaker);
    }

    [Fact]
    public void A_share_after_with_speaks_its_participle_without_a_comma_before()
    {
        var analysis = Analyze(
            "The Oxholm ferry board asked riders about the winter timetable.",
            "Riders still rate the crews highly - with 52 percent saying the boats are safe.",
            "Most of them called themselves regulars with roughly two in five saying they ride every day.");
        Assert.Equal("52 percent", QuoteStarting(analysis, "the boats are safe").Speaker);
        Assert.Equal("roughly two in five", QuoteStarting(analysis, "they ride every day").Speaker);
    }

    [Fact]
    public void A_share_after_while_or_which_speaks()
    {
        var analysis = Analyze(
            "The Lindqvist Institute asked county voters about the transit levy.",
            "Renters are divided, with most backing the levy while 47 percent say the buses need no more money.",
            "The levy goes to a county vote in which 58 percent of voters say the rate is too high.");
        Assert.Equal("47 percent", QuoteStarting(analysis, "the buses need no more money").Speaker);
        Assert.Equal("58 percent of voters", QuoteStarting(analysis, "the rate is too high").Speaker);
    }

    [Fact]
    public void A_share_opening_a_while_clause_and_the_share_after_it_speak_apart()
    {
        var analysis = Analyze(
            "The Ostley Institute asked harbor town voters about the ferry levy.",
            "While just 12 percent said the tunnel plan was sound, 40 percent of those who use the tunnel said it should be scrapped.");
        var sound = QuoteStarting(analysis, "the tunnel plan was sound");
        Assert.Equal("just 12 percent", sound.Speaker);
        Assert.DoesNotContain("scrapped", sound.Text, StringComparison.Ordinal);
        Assert.Equal("40 percent of those who use the tunnel", QuoteStarting(analysis, "it should be scrapped").Speaker);
    }

    [Fact]
    public void A_share_opening_the_next_clause_speaks_for_it()
    {
        var analysis = Analyze(
            "Tram riders in Eastvale answered the transit board's survey in May.",
            "Among commuters, 58 percent said the trams run late; fewer than a third said they would pay more for a faster line.",
            "Half of the drivers said the depot is unsafe at night and one in five said they had been threatened on shift.");
        var late = QuoteStarting(analysis, "the trams run late");
        Assert.Equal("58 percent", late.Speaker);
        Assert.DoesNotContain("faster", late.Text, StringComparison.Ordinal);
        Assert.Equal("fewer than a third", QuoteStarting(analysis, "they would pay more").Speaker);
        Assert.Equal("one in five", QuoteStarting(analysis, "they had been threatened on shift").Speaker);
    }

    [Fact]
    public void A_share_after_an_opening_according_to_leaves_the_survey_the_source()
    {
        var analysis = Analyze(
            "The port authority published its annual survey of dock workers.",
            "According to the union's own survey of crane drivers, 54 percent of respondents said longer shifts were unsafe.");
        Assert.Contains(analysis.Quotes, q => q.Text.Contains("longer shifts were unsafe", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "54 percent of respondents");
    }

    [Fact]
    public void A_share_before_a_participle_and_are_is_no_speaker()
    {
        var analysis = Analyze(
            "The licensing office reports that the majority of drivers admitted this spring were trained abroad.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is not null && q.Speaker.Contains("drivers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_hyphenated_share_opening_the_sentence_speaks()
    {
        var analysis = Analyze(
            "The Marlow tenants union surveyed its members about the harbor flats.",
            "Three-fourths say the landlord should publish the repair log.",
            "Two-thirds said they would join a rent strike.");
        Assert.Equal("Three-fourths", QuoteStarting(analysis, "the landlord should publish the repair log").Speaker);
        Assert.Equal("Two-thirds", QuoteStarting(analysis, "they would join a rent strike").Speaker);
    }

    [Fact]
    public void A_share_that_only_believes_is_no_statement()
    {
        var analysis = Analyze(
            "The water board polled customers about the drought rules.",
            "Most backed the rules, though 33 percent believe the rules came too late.");
        NoQuoteStarting(analysis, "the rules came too late");
    }
}
