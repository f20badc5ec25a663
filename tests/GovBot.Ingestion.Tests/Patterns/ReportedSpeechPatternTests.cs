using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Reported speech as US news writes it, each pattern in a small made-up article.</summary>
public sealed class ReportedSpeechPatternTests
{
    [Fact]
    public void A_reported_clause_in_a_sentence_that_also_holds_a_quotation_is_kept_beside_the_quotation()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "Marsh said the budget would pass by Friday, and she called the delay “an embarrassment for everyone involved in it.”");
        var reported = QuoteStarting(analysis, "the budget would pass by Friday");
        Assert.Equal(QuoteKind.Indirect, reported.Kind);
        Assert.Equal("Lena Marsh", reported.Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "an embarrassment for everyone").Speaker);
    }

    [Fact]
    public void Verbs_inside_a_quotation_are_not_cues_of_reported_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "“My opponent said the tax would never rise again,” Marsh said.");
        Assert.Equal(QuoteKind.Direct, QuoteStarting(analysis, "My opponent said").Kind);
        NoQuoteStarting(analysis, "the tax would never rise");
    }

    [Fact]
    public void A_reporting_clause_after_a_comma_and_a_conjunction_has_its_own_subject()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz opened the new bridge over the river.",
            "The bridge opened in 1990, and Ortiz said the ribbon she cut that day still hangs in her office.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the ribbon she cut that day").Speaker);
    }

    [Fact]
    public void Described_groups_polls_and_documents_report_speech_but_not_beliefs()
    {
        var analysis = Analyze(
            "The race tightened this week in the northern counties.",
            "Campaign aides say the governor will announce her running mate next week.",
            "Six in 10 voters said ferry fares were their top concern this year.",
            "A court filing says the harbour contract was awarded without a tender.",
            "Most voters believe the state is heading in the wrong direction this year.");
        Assert.Equal("Campaign aides", QuoteStarting(analysis, "the governor will announce").Speaker);
        Assert.Equal("Six in 10 voters", QuoteStarting(analysis, "ferry fares were their top").Speaker);
        Assert.Equal("court filing", QuoteStarting(analysis, "the harbour contract was awarded").Speaker);
        NoQuoteStarting(analysis, "the state is heading");
    }

    [Fact]
    public void A_paper_reports_speech_as_a_document()
    {
        var analysis = Analyze(
            "The harbour board sent a briefing to the council before the vote.",
            "The paper notes the board inspects 2,000 of its 7,000 moorings each year.");
        Assert.Equal("paper", QuoteStarting(analysis, "the board inspects 2,000").Speaker);
    }

    [Fact]
    public void An_institution_in_lower_case_stays_out_as_the_project_s_gold_sets_attribute_its_words_to_its_officials()
    {
        var analysis = Analyze(
            "The outage hit thousands of homes on Sunday.",
            "The agency said it had restored power to most of the homes by noon.");
        NoQuoteStarting(analysis, "it had restored power");
    }

    [Fact]
    public void A_second_verb_shares_the_subject_of_its_own_clause()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz toured the park on Saturday.",
            "The band played on, and when Ortiz thanked the volunteers and said the park would reopen in the spring, the lights went out.",
            "Senator Paul Brennan waved at the crews on the pier, then says the harbour tax will be gone by June.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the park would reopen").Speaker);
        Assert.Equal("Paul Brennan", QuoteStarting(analysis, "the harbour tax will be gone").Speaker);
    }

    [Fact]
    public void A_participle_after_a_comma_with_no_cue_before_it_shares_the_sentence_subject()
    {
        var analysis = Analyze(
            "Governor Lena Marsh responded on Friday, saying the ads were paid for by outside groups from other states.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the ads were paid for").Speaker);
    }

    [Fact]
    public void A_participle_aside_between_subject_and_verb_is_stepped_over()
    {
        var analysis = Analyze(
            "Ana Ruiz, holding her grandson on her hip, said the new ferry timetable had ruined her mornings.");
        Assert.Equal("Ana Ruiz", QuoteStarting(analysis, "the new ferry timetable had ruined").Speaker);
    }

    [Fact]
    public void Auxiliaries_between_subject_and_verb_keep_the_named_subject()
    {
        var analysis = Analyze(
            "Governor Lena Marsh held a rally on Monday.",
            "Marsh isn’t saying which of the two candidates she will endorse next month.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "which of the two candidates").Speaker);
    }

    [Fact]
    public void A_subject_after_a_quoted_title_and_its_comma_opens_the_reporting_clause()
    {
        var analysis = Analyze(
            "Governor Lena Marsh appeared on television on Sunday.",
            "Speaking on “Harbour Hour,” Marsh admitted that the tide tables in her pamphlet were out of date.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the tide tables in her pamphlet").Speaker);
    }

    [Fact]
    public void An_occasion_after_the_verb_is_not_reported_speech()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz campaigned in Dayton on Friday.",
            "“We will win this district by a wide margin,” Ortiz said at a rally in Dayton on Friday night.",
            "Ortiz said in an interview with a local paper that the district would stay in her party’s hands.");
        NoQuoteStarting(analysis, "at a rally");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the district would stay").Speaker);
    }

    [Fact]
    public void According_to_a_poll_or_an_outlet_names_the_source_but_a_lower_case_institution_or_a_plan_does_not()
    {
        var analysis = Analyze(
            "The primary is three weeks away.",
            "According to a new poll by Lakeview College, the senator leads the field by nine points among likely voters.",
            "The governor has raised four million dollars since January, according to the Daily Ledger.",
            "According to the plan, the state police would be given broad new powers over the network.",
            "Ferry fares rose by a third last year, according to consulting firm Brightline.");
        Assert.Equal("new poll by Lakeview College", QuoteStarting(analysis, "the senator leads the field").Speaker);
        Assert.Equal("Daily Ledger", QuoteStarting(analysis, "The governor has raised").Speaker);
        NoQuoteStarting(analysis, "the state police would");
        NoQuoteStarting(analysis, "Ferry fares rose");
    }

    [Fact]
    public void The_cue_of_a_quotation_and_a_verb_that_names_a_thing_report_no_clause_of_their_own()
    {
        var analysis = Analyze(
            "Minister Hana Lindell met the harbour masters in the capital.",
            "“No harbour on this coast can dredge its channel alone, and none should try,” Lindell told a press conference after the meeting.",
            "Her deputy, Alexei Marov, called the dredging plan “the best news this coast has had in a generation of waiting” and left.");
        NoQuoteStarting(analysis, "a press conference");
        NoQuoteStarting(analysis, "conference after");
        NoQuoteStarting(analysis, "the dredging plan");
    }

    [Fact]
    public void A_participle_after_a_trailing_cue_leaves_the_words_before_the_cue_as_the_content()
    {
        var analysis = Analyze(
            "The ferry timetable will not change before the autumn, Minister Declan Forde has confirmed, leaving commuters on the slow boat for months.");
        var reported = QuoteStarting(analysis, "The ferry timetable will not change");
        Assert.Equal("Declan Forde", reported.Speaker);
        NoQuoteStarting(analysis, "leaving commuters");
    }

    [Fact]
    public void A_place_after_a_name_is_stepped_over_to_the_speaker()
    {
        var analysis = Analyze(
            "Mission chief Marta Lindgren of Sweden noted that the divers had found no damage to the hull.",
            "Ivo Petrak of Dayton, Ohio, says the new ferry timetable has cost him an hour a day.");
        Assert.Equal("Marta Lindgren", QuoteStarting(analysis, "the divers had found no damage").Speaker);
        Assert.Equal("Ivo Petrak", QuoteStarting(analysis, "the new ferry timetable has cost").Speaker);
    }

    [Fact]
    public void A_group_named_with_a_possessive_or_a_place_after_a_preposition_is_the_speaker()
    {
        var analysis = Analyze(
            "The race tightened on Monday.",
            "Marsh’ aides say the harbour levy will be scrapped before the election.",
            "Some residents at the meeting in Dayton said the new quotas would end the fishing season early.");
        Assert.Equal("Marsh’ aides", QuoteStarting(analysis, "the harbour levy will be scrapped").Speaker);
        Assert.Equal("Some residents at the meeting in Dayton", QuoteStarting(analysis, "the new quotas would end").Speaker);
    }

    [Fact]
    public void Speech_reported_in_a_relative_clause_belongs_to_its_antecedent()
    {
        var analysis = Analyze(
            "Retired captain Carl Benning joined the panel on Tuesday.",
            "Benning, who said he had sailed the route for thirty years, said the new ferries were too slow.",
            "The delay pleased residents who say the water levy is unfair to small holdings.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "he had sailed the route").Speaker);
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "the new ferries were too slow").Speaker);
        Assert.Equal("residents", QuoteStarting(analysis, "the water levy is unfair").Speaker);
    }

    [Fact]
    public void A_reporting_clause_may_open_after_a_colon_a_double_dash_or_where()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz kept her speech short for a simple reason: She said the harbour board had already voted on the plan.",
            "The board backs the dredging -- but Ortiz has never said she would pay for it from the city budget.",
            "Ortiz toured the fish market at dawn, where she says the stallholders deserve a new roof.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the harbour board had already voted").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she would pay for it").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the stallholders deserve a new roof").Speaker);
    }

    [Fact]
    public void A_verb_before_its_subject_after_the_reported_words_attributes_the_words_before_it()
    {
        var analysis = Analyze(
            "The new ferries entered service on Thursday.",
            "Yet the new ferries still leak in heavy weather, said Carl Benning, a retired captain from the harbour.",
            "The old pier could be saved with a modest grant, say some residents, who have fished from it for decades.",
            "Nicholas Varga, head of the ferry users’ council, said the city needed to publish the repair schedule.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "Yet the new ferries still leak").Speaker);
        Assert.Equal("some residents", QuoteStarting(analysis, "The old pier could be saved").Speaker);
        Assert.Equal("Nicholas Varga", QuoteStarting(analysis, "the city needed to publish").Speaker);
        NoQuoteStarting(analysis, "Nicholas Varga, head");
    }

    [Fact]
    public void A_trailing_cue_followed_by_a_participle_attributes_both_the_words_before_and_the_participle_s_clause()
    {
        var analysis = Analyze(
            "The harbour has never been busier than this summer, a port official said, adding that the queue of cargo ships stretched past the lighthouse.");
        Assert.Equal("port official", QuoteStarting(analysis, "The harbour has never been busier").Speaker);
        Assert.Equal("port official", QuoteStarting(analysis, "the queue of cargo ships").Speaker);
    }

    [Fact]
    public void A_question_reported_with_asked_and_words_in_claims_and_writes_are_reported_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh met the voters of the county on Tuesday.",
            "Marsh asked the crews whether the new quotas had reached the northern harbours.",
            "Marsh claims the ferry operator has ignored every complaint since spring.",
            "Marsh writes that the levee should have been rebuilt years ago.",
            "She said the plan worked.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "whether the new quotas had reached").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the ferry operator has ignored").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the levee should have been").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the plan worked").Speaker);
    }

    [Fact]
    public void According_to_a_surname_is_the_person_the_article_introduced()
    {
        var analysis = Analyze(
            "Chief engineer Tariq al-Rashidi said the cable was cut near the coast.",
            "According to al-Rashidi, the divers will need a calm week to finish the splice.");
        Assert.Equal("Tariq al-Rashidi", QuoteStarting(analysis, "the divers will need a calm week").Speaker);
    }

    [Fact]
    public void A_group_after_a_possessive_determiner_and_others_report_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh flew home on Sunday.",
            "Her aides and donors say she plans to tour every lighthouse on the coast in August.",
            "But others say the lighthouse tour is a waste of a summer.");
        Assert.Equal("Her aides and donors", QuoteStarting(analysis, "she plans to tour every lighthouse").Speaker);
        Assert.Equal("others", QuoteStarting(analysis, "the lighthouse tour is a waste").Speaker);
    }

    [Fact]
    public void A_clause_after_that_may_open_with_an_aside_or_a_preposition()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "Marsh said in a statement Wednesday that, if the ferry receipts hold, the harbour will close the year in the black.",
            "The utility's chief, Omar Reyes, said that in 2019 the company paid four million dollars in fines.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "if the ferry receipts hold").Speaker);
        Assert.Equal("Omar Reyes", QuoteStarting(analysis, "in 2019 the company paid").Speaker);
    }

    [Fact]
    public void A_sentence_ending_in_a_short_partial_quotation_before_a_trailing_cue_is_reported_speech_as_a_whole()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "The ruling on the levee was “a gift to the developers,” Marsh said.");
        var quote = QuoteStarting(analysis, "The ruling on the levee was");
        Assert.Equal("Lena Marsh", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_group_cue_set_off_by_commas_mid_sentence_reports_the_longer_side()
    {
        var analysis = Analyze(
            "The ceasefire talks resumed in Geneva on Monday.",
            "Any deal the mediators reach this week, officials said, would still need the approval of both parliaments.",
            "The talks have stalled over the border maps and the prisoner lists for weeks, campaign aides said, with no date set.");
        Assert.Equal("officials", QuoteStarting(analysis, "would still need the approval").Speaker);
        Assert.Equal("campaign aides", QuoteStarting(analysis, "The talks have stalled").Speaker);
    }
}
