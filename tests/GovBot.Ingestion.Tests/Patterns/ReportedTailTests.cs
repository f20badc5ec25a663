using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Reported words that end where the sentence goes on with someone else's clause or the speaker's next act; made-up articles.</summary>
public sealed class ReportedTailTests
{
    [Fact]
    public void A_new_clause_with_its_own_subject_ends_the_reported_words()
    {
        var analysis = Analyze(
            "The Lakemoor water board met on Tuesday night to discuss the reservoir.",
            "Board chair Priya Venkataraman said the spillway repairs would finish in March, but the county engineers disputed the timetable.",
            "Venkataraman said the board had saved the levy for two years, although she wrote that the fund was nearly empty.");
        Assert.Equal("the spillway repairs would finish in March", QuoteStarting(analysis, "the spillway repairs").Text);
        Assert.Equal("the board had saved the levy for two years", QuoteStarting(analysis, "the board had saved").Text);
    }

    [Fact]
    public void A_forecast_after_the_comma_stays_with_the_speaker()
    {
        var analysis = Analyze(
            "The Lakemoor water board met on Tuesday night to discuss the reservoir.",
            "Board chair Priya Venkataraman said the spillway repairs were ahead of schedule, and the reservoir could reopen to boats in May.");
        Assert.Equal("the spillway repairs were ahead of schedule, and the reservoir could reopen to boats in May",
            QuoteStarting(analysis, "the spillway repairs").Text);
    }

    [Fact]
    public void A_second_act_of_the_speaker_is_not_part_of_what_was_said()
    {
        var analysis = Analyze(
            "The port authority of Carrow Bay voted on its budget on Thursday.",
            "Commissioner Teodor Halvorsen said the authority had paid off the crane loan early and urged the mayor to fund the dredging.",
            "Halvorsen said he had destroyed the old tender files in 2021, deeming them out of date.");
        Assert.Equal("the authority had paid off the crane loan early", QuoteStarting(analysis, "the authority had paid off").Text);
        Assert.Equal("he had destroyed the old tender files in 2021", QuoteStarting(analysis, "he had destroyed").Text);
    }

    [Fact]
    public void The_writers_comment_after_the_words_is_left_out()
    {
        var analysis = Analyze(
            "The port authority of Carrow Bay voted on its budget on Thursday.",
            "Commissioner Teodor Halvorsen said the authority had never lost a cargo contract to a rival port, a claim that the dock unions dispute.");
        Assert.Equal("the authority had never lost a cargo contract to a rival port", QuoteStarting(analysis, "the authority had never lost").Text);
    }

    [Fact]
    public void A_second_speaker_after_a_dash_gets_a_statement_of_their_own()
    {
        var analysis = Analyze(
            "The cyber ministry of Velmora published its annual report on Monday.",
            "Minister Agnes Thorvaldsen explained that the breach affected only the test servers - but she also insisted that no citizen data had been taken.");
        Assert.Equal("the breach affected only the test servers", QuoteStarting(analysis, "the breach affected").Text);
        var second = QuoteStarting(analysis, "no citizen data");
        Assert.Equal("Agnes Thorvaldsen", second.Speaker);
    }

    [Fact]
    public void A_comment_noun_a_participle_after_a_closing_mark_and_a_pronouns_act_end_the_words()
    {
        var analysis = Analyze(
            "The port authority of Carrow Bay voted on its budget on Thursday.",
            "Commissioner Teodor Halvorsen said the crane contract had been signed in good faith, a point the auditors later accepted.",
            "Halvorsen said the tender was \"a formality,\" describing the bidders as old partners of the port.",
            "A dock foreman told the inquiry that the night shift had skipped the safety checks - though he gave two versions of the date.");
        Assert.Equal("the crane contract had been signed in good faith", QuoteStarting(analysis, "the crane contract").Text);
        Assert.Equal("the tender was \"a formality,\"", QuoteStarting(analysis, "the tender was").Text);
        Assert.Equal("the night shift had skipped the safety checks", QuoteStarting(analysis, "the night shift").Text);
    }

    [Fact]
    public void A_pair_of_dashes_is_an_aside_inside_the_words()
    {
        var analysis = Analyze(
            "The port authority of Carrow Bay voted on its budget on Thursday.",
            "Commissioner Teodor Halvorsen says the plan to sell the old terminal -- a position the mayor has since softened -- and the new mooring fees hurt the fishing fleet.");
        Assert.EndsWith("hurt the fishing fleet", QuoteStarting(analysis, "the plan to sell").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_after_a_trailing_cue_leaves_the_words_before_it_to_the_speaker()
    {
        var analysis = Analyze(
            "The port authority of Carrow Bay voted on its budget on Thursday.",
            "Fishing boats under ten metres would pay no mooring fee at all, Halvorsen said on Thursday, a change that could cost the port a fifth of its income.");
        var reported = QuoteStarting(analysis, "Fishing boats under ten metres");
        Assert.Equal("Fishing boats under ten metres would pay no mooring fee at all", reported.Text);
    }
}
