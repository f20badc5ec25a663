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
            "Dana Kowalczyk, a 55-year-old salesman from Sumter, South Carolina, says the senator will \"leave here with a lot of momentum.\"");
        Assert.Equal("Dana Kowalczyk", QuoteStarting(analysis, "leave here").Speaker);
    }

    [Fact]
    public void A_title_before_the_subject_and_an_aside_after_it_do_not_hide_the_speaker()
    {
        var analysis = Analyze(
            "\"We need to slow down,\" said county clerk Reuben Marsh on Tuesday.",
            "Former Arkansas Gov. Mike Hollander, for his part, is labeling the plan \"a blatant and belligerent abuse of power.\"");
        var quote = QuoteStarting(analysis, "a blatant");
        Assert.Equal("Mike Hollander", quote.Speaker);
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
            "\"Yes, I support the senator from Texas,\" Brent Bozwell III, founder of the Civic Research Group, tells the paper in an interview.",
            "\"Big tax cuts do not work in an age of heavy debt,\" Jamal Pethick of the Fiscal Policy Institute wrote recently.");
        Assert.Equal("Brent Bozwell", QuoteStarting(analysis, "Yes, I support").Speaker);
        Assert.Equal("Jamal Pethick", QuoteStarting(analysis, "Big tax cuts").Speaker);
    }

    [Fact]
    public void A_name_after_the_verb_behind_lower_case_words_or_a_description_in_commas_speaks_the_quotation()
    {
        var analysis = Analyze(
            "\"The convention went well,\" said delegate Lorna Westley.",
            "\"The distraction gets you off message a little,\" said Republican party boss Reinhold Pribek, though he expected it to fade.",
            "\"The odds are that there will be a whole term with eight justices,\" said another leading appeals lawyer, Andrew J. Pinkert of the firm Mayer Brandt.");
        Assert.Equal("Reinhold Pribek", QuoteStarting(analysis, "The distraction").Speaker);
        Assert.Equal("Andrew J. Pinkert", QuoteStarting(analysis, "The odds are").Speaker);
    }

    [Fact]
    public void The_cue_after_a_short_quotation_carries_on_into_the_next_quotation_of_the_paragraph()
    {
        var analysis = Analyze(
            "\"The vote was close all night long,\" said organiser Lorna Westley.",
            "\"It's doable,\" Senator Hal Rimsky told the local paper on Monday. \"Is it going to happen? That is like trying to say who wins the next election.\"",
            "''We are refugees,'' Amira Tahan said. ''We are not the ones who planted the bombs in the station.''");
        Assert.Equal("Hal Rimsky", QuoteStarting(analysis, "Is it going").Speaker);
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
            "In October, Garrick Ostrander called those who want more troops \"fools\" who \"basically want to start a war over the river.\"",
            "Chancellor Anja Brandtner of Germany condemned ''such a murderous attack'' and declared a determination to ''continue our open and tolerant life together.''",
            "But on Thursday, in the release announcing his role, Pellam Manners described winning the nomination \"as an intricate series of steps that needs a plan.\"");
        Assert.Equal("Garrick Ostrander", QuoteStarting(analysis, "basically want").Speaker);
        Assert.Equal("Anja Brandtner", QuoteStarting(analysis, "continue our open").Speaker);
        Assert.Equal("Pellam Manners", QuoteStarting(analysis, "as an intricate").Speaker);
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
            "Last week, Mayor Tilda Brannock also called on the state agency to conduct an \"expedited review of every water pipe in the town.\"");
        Assert.Equal("Tilda Brannock", QuoteStarting(analysis, "expedited review").Speaker);
    }

    [Fact]
    public void Irregular_and_negated_verbs_follow_a_subject_and_a_name_may_be_quoted_as_saying()
    {
        var analysis = Analyze(
            "\"The water is safe to drink now,\" said engineer Lorna Westley.",
            "Former governor Jerome Brandt criticized candidate Hermione Grange's husband during the debate.",
            "After the debate, Hermione shot back, \"I suppose I could have stayed home and baked, but I chose my profession.\"",
            "Mayor Karen Weyland didn't seem impressed with the senator's comments on Tuesday, telling reporters, \"A lot of people said the governor should step down.\"",
            "The campaign hired pollster Matt Braybrook in the spring.",
            "\"Our method works because we seek out the voters who are likely to vote,\" Braybrook is quoted as saying. \"Because we do not have to dial as much, we save money.\"");
        Assert.Equal("Hermione Grange", QuoteStarting(analysis, "I suppose").Speaker);
        Assert.Equal("Karen Weyland", QuoteStarting(analysis, "A lot of people").Speaker);
        Assert.Equal("Matt Braybrook", QuoteStarting(analysis, "Because we do not").Speaker);
    }
}
