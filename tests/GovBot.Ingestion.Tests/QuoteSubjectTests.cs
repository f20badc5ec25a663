using GovBot.Core.Analysis;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests;

/// <summary>
/// A quotation belongs to the person its sentence is about, whatever the verb, when no reporting verb names someone
/// else: the subject before it (with an age, a long appositive, a title or an opening phrase) or a name right after it.
/// Every name here is made up.
/// </summary>
public sealed class QuoteSubjectTests
{
    [Fact]
    public void The_subject_before_a_long_appositive_speaks_the_quotation_in_its_sentence()
    {
        var analysis = Analyze(
            "\"The turnout is good for us,\" campaign chair Lorna Westley said on Saturday.",
            "Dana Kowalczyk, a 61-year-old ferry pilot from Port Renner, Maine, says the ministry will \"lose the harbour vote by a wide margin.\"");
        Assert.Equal("Dana Kowalczyk", QuoteStarting(analysis, "lose the harbour").Speaker);
    }

    [Fact]
    public void A_title_before_the_subject_and_an_aside_after_it_do_not_hide_the_speaker()
    {
        var analysis = Analyze(
            "\"We need to slow down,\" said county clerk Reuben Marsh on Tuesday.",
            "Former Vermont Gov. Orla Hennessy, for her part, is labeling the plan \"a careless and costly misuse of the levy.\"");
        var quote = QuoteStarting(analysis, "a careless");
        Assert.Equal("Orla Hennessy", quote.Speaker);
        Assert.Equal("labeling", quote.Cue);
    }

    [Fact]
    public void Any_verb_of_the_sentence_subject_carries_the_quotation()
    {
        var analysis = Analyze(
            "\"We will win this district,\" said organiser Lorna Westley.",
            "Gwendolyn Ferrante is telling diners at a busy breakfast spot that \"I need every one of you tomorrow.\"",
            "Speaking to a radio host on Monday in Concord, which votes next week, Bruno Castellane referred to his rival as \"a bright and charismatic leader.\"");
        Assert.Equal("Gwendolyn Ferrante", QuoteStarting(analysis, "I need every").Speaker);
        Assert.Equal("Bruno Castellane", QuoteStarting(analysis, "a bright and").Speaker);
    }

    [Fact]
    public void An_age_before_the_name_is_part_of_the_subject()
    {
        var analysis = Analyze(
            "\"He is the only one who speaks for us,\" said farmer Lorna Westley.",
            "17-year-old Jared Pottinger told the crowd he would \"vote for the first time in my whole life next year.\"");
        Assert.Equal("Jared Pottinger", QuoteStarting(analysis, "vote for the first").Speaker);
    }

    [Fact]
    public void A_name_with_a_suffix_and_an_appositive_after_the_quotation_speaks_it()
    {
        var analysis = Analyze(
            "\"The race is wide open,\" said pollster Lorna Westley.",
            "\"Yes, I back the port commissioner,\" Colm Ferriday III, founder of the Tidewater Civic Trust, tells the paper in an interview.",
            "\"Cutting the ferry subsidy will not balance a budget this deep in the red,\" Jamal Pethick of the Harbour Policy Institute wrote recently.");
        Assert.Equal("Colm Ferriday", QuoteStarting(analysis, "Yes, I back").Speaker);
        Assert.Equal("Jamal Pethick", QuoteStarting(analysis, "Cutting the ferry").Speaker);
    }

    [Fact]
    public void A_name_after_the_verb_behind_lower_case_words_or_a_description_in_commas_speaks_the_quotation()
    {
        var analysis = Analyze(
            "\"The convention went well,\" said delegate Lorna Westley.",
            "\"The outage pulls the whole office off its schedule,\" said Republican party boss Reinhold Pribek, though he expected it to pass.",
            "\"The chances are that the board will sit all year with six members,\" said another leading tax lawyer, Andrew J. Pinkert of the firm Lowry Brandt.");
        Assert.Equal("Reinhold Pribek", QuoteStarting(analysis, "The outage pulls").Speaker);
        Assert.Equal("Andrew J. Pinkert", QuoteStarting(analysis, "The chances are").Speaker);
    }

    [Fact]
    public void The_cue_after_a_short_quotation_carries_on_into_the_next_quotation_of_the_paragraph()
    {
        var analysis = Analyze(
            "\"The vote was close all night long,\" said organiser Lorna Westley.",
            "\"Possible,\" Senator Hal Rimsky told the local paper on Monday. \"Will it be done? That is like guessing which way the river floods next spring.\"",
            "''We are refugees,'' Amira Tahan said. ''We are not the ones who planted the bombs in the station.''");
        Assert.Equal("Hal Rimsky", QuoteStarting(analysis, "Will it be done").Speaker);
        Assert.Equal("Amira Tahan", QuoteStarting(analysis, "We are not the ones").Speaker);
    }

    [Fact]
    public void A_name_before_a_colon_and_as_someone_put_it_introduce_the_quotation()
    {
        var analysis = Analyze(
            "\"Turnout was higher than last time,\" said organiser Lorna Westley.",
            "TURNOUT IN THE EARLY STATES - Rosalind Achebe: \"At long last the nomination contests have started, and we have a first glimpse of participation.\"",
            "Or, as the columnist Ferdinand Quill had written a year earlier, \"We just could not have a film industry without that man.\"");
        Assert.Equal("Rosalind Achebe", QuoteStarting(analysis, "At long last").Speaker);
        Assert.Equal("Ferdinand Quill", QuoteStarting(analysis, "We just could not").Speaker);
    }

    [Fact]
    public void A_cue_that_opens_the_next_quotation_after_a_full_sentence_is_not_this_ones()
    {
        var analysis = Analyze(
            "Two families waited at the station for news on Tuesday.",
            "''We are refugees,'' Amira Tahan said. ''We are not the people who did this.'' Omar Zaheer said: ''The attack was the work of terrorists, and we ran from them.''",
            "As Ambassador Aram Sarkis told the radio station, \"We have suffered the same fate as our neighbours for a century.\" He added, \"So the country should have been the first to say so.\"");
        Assert.Equal("Amira Tahan", QuoteStarting(analysis, "We are not the people").Speaker);
        Assert.Equal("Omar Zaheer", QuoteStarting(analysis, "The attack was").Speaker);
        Assert.Equal("Aram Sarkis", QuoteStarting(analysis, "We have suffered").Speaker);
    }

    [Fact]
    public void An_earlier_quotation_a_place_after_the_name_or_a_conjunction_before_an_opener_do_not_hide_the_subject()
    {
        var analysis = Analyze(
            "\"The bridge will open on time,\" said engineer Lorna Westley.",
            "In October, Garrick Ostrander called those who want more dredging \"dreamers\" who \"basically want to empty the harbour treasury.\"",
            "Chancellor Anja Brandtner of Austria condemned ''such a reckless intrusion'' and declared a resolve to ''keep our networks open to every citizen who relies on them.''",
            "But on Thursday, in the release announcing his post, Pellam Manners described fixing the ferry timetable \"as a long chain of small repairs that needs patience.\"");
        Assert.Equal("Garrick Ostrander", QuoteStarting(analysis, "basically want").Speaker);
        Assert.Equal("Anja Brandtner", QuoteStarting(analysis, "keep our networks").Speaker);
        Assert.Equal("Pellam Manners", QuoteStarting(analysis, "as a long chain").Speaker);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_belongs_to_the_subject_who_spoke_in_the_paragraph_before()
    {
        var analysis = Analyze(
            "\"We will carry this state,\" said organiser Lorna Westley on Monday.",
            "The governor was joined at a town hall on Tuesday by the baker Benedetto Valsecchi, star of a cooking show.",
            "The crowd cheered loudly for both of them.",
            "The rally ran late into the evening.",
            "Valsecchi praised the governor's leadership after the storm.",
            "\"We need someone who is going to cut through the noise and bring people together.\"");
        Assert.Equal("Benedetto Valsecchi", QuoteStarting(analysis, "We need someone").Speaker);
    }

    [Fact]
    public void An_opening_time_phrase_is_no_subject_and_the_name_after_it_speaks()
    {
        var analysis = Analyze(
            "\"The pipes are old and everyone knows it,\" said engineer Lorna Westley.",
            "Last week, Mayor Tilda Brannock also called on the state auditor to carry out a \"full count of every unpaid parking fine since the merger.\"");
        Assert.Equal("Tilda Brannock", QuoteStarting(analysis, "full count").Speaker);
    }

    [Fact]
    public void Irregular_and_negated_verbs_follow_a_subject_and_a_name_may_be_quoted_as_saying()
    {
        var analysis = Analyze(
            "\"The water is safe to drink now,\" said engineer Lorna Westley.",
            "Former governor Jerome Brandt criticized candidate Hermione Grange's husband during the debate.",
            "After the debate, Hermione shot back, \"I could have kept quiet and signed the budget, but I chose to read it first.\"",
            "Mayor Karen Weyland didn't seem moved by the minister's remarks on Tuesday, telling reporters, \"Plenty of residents asked me why the sirens never sounded.\"",
            "The campaign hired pollster Matt Braybrook in the spring.",
            "\"We sample the harbour wards first because their turnout swings the most,\" Braybrook is quoted as saying. \"Since the ferry crews answer by text, the survey costs us less.\"");
        Assert.Equal("Hermione Grange", QuoteStarting(analysis, "I could have kept").Speaker);
        Assert.Equal("Karen Weyland", QuoteStarting(analysis, "Plenty of residents").Speaker);
        Assert.Equal("Matt Braybrook", QuoteStarting(analysis, "Since the ferry crews").Speaker);
    }
}
