using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"According to" an outlet the name rules cannot place, and in the middle of a sentence; made-up articles.</summary>
public sealed class AccordingToTests
{
    [Fact]
    public void An_outlet_named_alone_is_the_source_as_written()
    {
        var analysis = Analyze(
            "Markets were calm on Friday morning.",
            "The county's bond rating slipped twice in one week, costing the schools millions in extra interest, according to Tidewater.",
            "According to Brightline Weekly, the station will not renew the morning host's contract in the spring.");
        var trailing = QuoteStarting(analysis, "The county's bond rating slipped");
        Assert.Equal("Tidewater", trailing.Speaker);
        Assert.Equal(QuoteKind.Indirect, trailing.Kind);
        Assert.Equal("Brightline Weekly", QuoteStarting(analysis, "the station will not renew").Speaker);
    }

    [Fact]
    public void According_to_in_the_middle_of_a_sentence_attributes_the_main_clause()
    {
        var analysis = Analyze(
            "The shelter on Pier Street opened in 2019.",
            "Over the past two winters, according to the Harbor Rights Project, the shelter has turned away more than 300 families.");
        Assert.Equal("Harbor Rights Project", QuoteStarting(analysis, "the shelter has turned away").Speaker);
    }

    [Fact]
    public void A_public_body_or_a_possessive_s_body_named_in_capitals_is_left_to_its_officials()
    {
        var analysis = Analyze(
            "The results page slowed on Sunday night.",
            "The slowdown was a flood of junk requests from abroad, according to the country's Cyber Security Service, which tracked the traffic.");
        NoQuoteStarting(analysis, "The slowdown was a flood");
    }

    [Fact]
    public void A_described_source_is_the_source_as_written_without_its_relative_clause()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz unveiled a plan on Monday to raise the sales tax in Springfield.",
            "The council has never passed a tax increase in an election year, according to a source at the city clerk's office.",
            "Ortiz has met the unions twice since May, according to a person familiar with her plans.",
            "The vote could slip to the autumn, according to two aides who were not authorized to speak about the schedule in public.");
        Assert.Equal("source at the city clerk's office", QuoteStarting(analysis, "The council has never passed").Speaker);
        Assert.Equal("person familiar with her plans", QuoteStarting(analysis, "Ortiz has met the unions").Speaker);
        Assert.Equal("two aides", QuoteStarting(analysis, "The vote could slip").Speaker);
    }

    [Fact]
    public void The_owner_of_a_memoir_is_the_source()
    {
        var analysis = Analyze(
            "Former governor Lyle Brandt left office in 2009 after two terms.",
            "Brandt said last year that he regretted the pension deal.",
            "He once likened the pension talks to a long winter, according to Brandt's memoir.");
        Assert.Equal("Lyle Brandt", QuoteStarting(analysis, "He once likened the pension talks").Speaker);
    }

    [Fact]
    public void A_web_outlet_written_as_its_address_is_the_source()
    {
        var analysis = Analyze(
            "The senator repeated the figure at three rallies last week.",
            "The ferry line loses closer to a third of its fares to fare dodgers, according to Truthmeter.org.");
        Assert.Equal("Truthmeter.org", QuoteStarting(analysis, "The ferry line loses").Speaker);
    }
    [Fact]
    public void A_cue_that_reports_nothing_leaves_the_sentence_to_its_according_to()
    {
        var analysis = Analyze(
            "The Farlow board met on Tuesday.",
            "Kessler emailed the harbour board's chairman, demanding a recount of the ferry ballots, according to a copy of the email obtained by the Ledger.");
        Assert.Equal("copy of the email obtained by the Ledger", QuoteStarting(analysis, "Kessler emailed the harbour board's chairman").Speaker);
    }

    [Fact]
    public void A_record_is_the_source_as_written_even_when_a_body_or_a_person_owns_it()
    {
        var analysis = Analyze(
            "The Kessler fund bought airtime across the valley.",
            "The fund spent $4,000 on radio time in March, according to State Election Board records.",
            "The ferry captain had worked the harbor route since 2011, according to her LinkedIn profile.");
        Assert.Equal("State Election Board records", QuoteStarting(analysis, "The fund spent $4,000").Speaker);
        Assert.Equal("her LinkedIn profile", QuoteStarting(analysis, "The ferry captain had worked").Speaker);
    }

    [Fact]
    public void Returns_summaries_and_trackers_are_sources_and_a_possessive_pronoun_owns_the_source_without_naming_it()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz met voters on Tuesday.",
            "Late Sunday, Ortiz won the primary in Lakeland, according to early returns.",
            "The clerk did not delete the files right away, according to the summary.",
            "The lawsuit put Kessler through the wringer for three years, according to her lawyers in the case.");
        Assert.Equal("early returns", QuoteStarting(analysis, "Late Sunday, Ortiz won").Speaker);
        Assert.Equal("summary", QuoteStarting(analysis, "The clerk did not delete").Speaker);
        Assert.Equal("her lawyers in the case", QuoteStarting(analysis, "The lawsuit put Kessler").Speaker);
    }
    [Fact]
    public void Without_a_comma_only_a_record_is_an_according_to_source()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz met voters on Tuesday.",
            "With two wards left to report, Ortiz leads Brennan by 912 votes according to a tally by the Daily Ledger.",
            "The old town hall was rebuilt in stone according to the customs of the valley.");
        Assert.Equal("tally by the Daily Ledger", QuoteStarting(analysis, "Ortiz leads Brennan").Speaker);
        NoQuoteStarting(analysis, "The old town hall");
    }

    [Fact]
    public void An_opening_according_to_may_follow_but_and_name_a_record_at_length()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz met voters on Tuesday.",
            "But according to recently leaked party documents, the council had drafted the levy in May.",
            "According to a survey of shop owners carried out for the Daily Ledger and the chamber of trade by Farlow Research, most merchants backed the levy.");
        Assert.Equal("recently leaked party documents", QuoteStarting(analysis, "the council had drafted").Speaker);
        Assert.StartsWith("survey of shop owners", QuoteStarting(analysis, "most merchants backed").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_record_may_be_named_at_length()
    {
        var analysis = Analyze(
            "The Lakemoor water board published its summer figures on Monday.",
            "Most households on the east side want the reservoir reopened to boats, according to early results of a survey carried out for the Lakemoor Courier and the county library by Brenlow Research.");
        Assert.StartsWith("early results of a survey", QuoteStarting(analysis, "Most households on the east side").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_ends_a_trailing_source_and_may_stand_before_it()
    {
        var analysis = Analyze(
            "The Lakemoor water board published its summer figures on Monday.",
            "The pipe upgrade would cost only $40 million, according to the Harlow Budget Institute - less than a tenth of the board's yearly spending.",
            "Lakemoor had 19 burst mains in 2023 — including two on the high street — according to the latest pipe figures from the board.");
        Assert.Equal("Harlow Budget Institute", QuoteStarting(analysis, "The pipe upgrade would cost").Speaker);
        Assert.Equal("latest pipe figures from the board", QuoteStarting(analysis, "Lakemoor had 19 burst mains").Speaker);
    }

    [Fact]
    public void A_trailing_source_vouches_for_the_main_clause_or_its_bracket_only()
    {
        var analysis = Analyze(
            "The Lakemoor water board published its summer figures on Monday.",
            "Despite the mayor's call to shut the reservoir, most anglers still fish there every weekend, according to a survey by the Lakemoor Courier.",
            "The board blamed the old pumps for the leaks (the real share is closer to a third, according to the Brenlow Water Trust).");
        var main = QuoteStarting(analysis, "most anglers still fish");
        Assert.Equal("survey by the Lakemoor Courier", main.Speaker);
        Assert.Equal("the real share is closer to a third", QuoteStarting(analysis, "the real share").Text);
    }

    [Fact]
    public void A_medial_source_after_a_clause_opener_reports_the_clause_after_it()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz went to the first hearing, and she will probably go to the second one in May, because, according to Ortiz, the council would call her a coward if she stayed away.");
        var quote = QuoteStarting(analysis, "the council would call her a coward");
        Assert.Equal("Dana Ortiz", quote.Speaker);
        Assert.DoesNotContain("first hearing", quote.Text);
    }
}
