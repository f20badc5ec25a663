using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Pronoun and relative-clause subjects of reporting verbs that sit inside a longer sentence; made-up articles about a
/// ferry authority and a water board.
/// </summary>
public sealed class PronounClauseTests
{
    [Fact]
    public void Contracted_pronoun_is_the_subject_of_a_coordinated_cue()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond defended the new crossing fee on Monday.",
            "He’s likening the fee to the old bridge toll and says the authority has ignored its own charter.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the authority has ignored").Speaker);
    }

    [Fact]
    public void Pronoun_after_because_reports_a_second_statement()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond met the harbor unions on Thursday.",
            "A quick deal matters, he said after the meeting, because he said the ministry seems ready to sell the fleet.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the ministry seems ready").Speaker);
    }

    [Fact]
    public void Pronoun_after_in_which_opens_its_own_cue()
    {
        var analysis = Analyze(
            "Water board chair Irena Costache gave a long radio interview on Sunday in which she said the reservoir plan was dead.");
        Assert.Equal("Irena Costache", QuoteStarting(analysis, "the reservoir plan was dead").Speaker);
    }

    [Fact]
    public void Which_after_a_named_body_reports_its_words()
    {
        var analysis = Analyze(
            "The Marlow Courier, which had said in March that it would back the dredging plan, said on Friday it would stay neutral.");
        Assert.Equal("Marlow Courier", QuoteStarting(analysis, "it would back the dredging plan").Speaker);
    }

    [Fact]
    public void Who_after_a_dash_reports_the_antecedent()
    {
        var analysis = Analyze(
            "Harbor master Olek Brandvold — who previously said he would close the north pier — spoke at the hearing on Monday.");
        Assert.Equal("Olek Brandvold", QuoteStarting(analysis, "he would close the north pier").Speaker);
    }

    [Fact]
    public void A_second_verb_of_a_relative_clause_keeps_its_antecedent()
    {
        var analysis = Analyze(
            "The delay may suit the acting director, Lionel Haverkamp, who is plainly enjoying the post and is saying he won’t rush to name a deputy.");
        Assert.Equal("Lionel Haverkamp", QuoteStarting(analysis, "he won’t rush").Speaker);
    }

    [Fact]
    public void A_named_person_asking_about_a_topic_is_the_asker()
    {
        var analysis = Analyze(
            "Ruth Abernathy asked the transport minister about the ferries that broke down during the storm.");
        Assert.Equal("Ruth Abernathy", QuoteStarting(analysis, "the transport minister about").Speaker);
    }

    [Fact]
    public void A_participle_asked_about_stays_the_answerers()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond, asked about the broken ferries, said the repairs would take a month.");
        NoQuoteStarting(analysis, "about the broken ferries");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the repairs would take").Speaker);
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_reports_the_rest_of_the_clause()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond wants a second breakwater, which he said the ministry should pay for in full.",
            "Drummond blamed the crossing fee, which he has long said was a mistake, for the fall in passengers.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the ministry should pay for").Speaker);
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "was a mistake").Speaker);
    }

    [Fact]
    public void A_noun_clause_with_that_is_not_a_relative_gap()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond dismissed reports that the pilot said in a radio call that the engine had failed.");
        NoQuoteStarting(analysis, "in a radio call");
    }

    [Fact]
    public void The_person_told_ends_where_a_subject_pronoun_opens_the_clause()
    {
        var analysis = Analyze(
            "Novelist Tobiah Ferrand told harbor radio host Wen Ostrova he would run for the water board next spring.");
        Assert.Equal("Tobiah Ferrand", QuoteStarting(analysis, "he would run for the water board").Speaker);
    }

    [Fact]
    public void Who_after_a_poll_share_reports_the_share()
    {
        var analysis = Analyze(
            "Most residents backed the reservoir plan, compared with three in 10 who said the old wells were good enough.");
        Assert.Equal("three in 10", QuoteStarting(analysis, "the old wells were good enough").Speaker);
    }

    [Fact]
    public void Who_after_an_appositive_reports_the_name_before_it()
    {
        var analysis = Analyze(
            "The surcharge falls short, said Ivo Marchetti, a senior engineer at the Dorrance water board, who notes that the pumps are forty years old.");
        Assert.Equal("Ivo Marchetti", QuoteStarting(analysis, "the pumps are forty years old").Speaker);
    }

    [Fact]
    public void Who_fused_with_has_opens_a_relative_clause()
    {
        var analysis = Analyze(
            "The campaign is led by board member Curtis Fennimore, who’s argued since the flood that the wells can’t be saved.");
        Assert.Equal("Curtis Fennimore", QuoteStarting(analysis, "the wells can’t be saved").Speaker);
    }

    [Fact]
    public void A_named_asker_in_an_opening_phrase_asked_about_a_topic()
    {
        var analysis = Analyze(
            "Transport minister Karl Varga spoke to reporters on Tuesday.",
            "When asked by radio host Ingrid Salo on Thursday about raising the port fees, Varga said the fees were already too high.");
        Assert.Equal("Ingrid Salo", QuoteStarting(analysis, "about raising the port fees").Speaker);
        Assert.Equal("Karl Varga", QuoteStarting(analysis, "the fees were already too high").Speaker);
    }

    [Fact]
    public void A_request_passes_over_an_aside_about_the_person_asked()
    {
        var analysis = Analyze(
            "Radio host Carla Mendes asked Varga, who is fourth in the council vote, to lay out his plan for the port.");
        Assert.Equal("Carla Mendes", QuoteStarting(analysis, "Varga, who is fourth").Speaker);
    }

    [Fact]
    public void It_after_a_document_named_in_the_sentence_before_is_that_document()
    {
        var analysis = Analyze(
            "Councillor Hedda Lindqvist cited a 2019 audit of the harbor pumps at the meeting. It says the pumps will fail within five years.");
        Assert.Equal("2019 audit", QuoteStarting(analysis, "the pumps will fail").Speaker);
    }

    [Fact]
    public void A_parenthetical_cue_late_in_the_sentence_keeps_the_words_before_it()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond spoke after the vote.",
            "The crossing fee was doubled last spring because of the sudden fuel surcharge, Drummond said, that hit the operators.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "The crossing fee was doubled").Speaker);
    }

    [Fact]
    public void An_auxiliary_after_the_conjunction_keeps_the_shared_subject()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond did not name his rivals but did note that the ferry fund was finally in surplus.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the ferry fund was finally").Speaker);
    }

    [Fact]
    public void Going_out_of_ones_way_to_say_is_saying()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond spoke after the vote on Monday.",
            "Drummond went out of his way to say that the dredging contract was signed on time.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "the dredging contract was signed").Speaker);
    }

    [Fact]
    public void A_trailing_tell_with_the_person_told_and_an_occasion_reports_the_words_before_it()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond spoke after the vote on Monday.",
            "The authority followed the same rules as every other harbour on the coast, he told the judge in a written reply.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "The authority followed the same rules").Speaker);
    }

    [Fact]
    public void A_time_phrase_without_a_comma_may_open_the_sentence_before_a_pronoun()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond spoke after the vote on Monday.",
            "(On Tuesday he said he would seriously weigh closing the depot.)");
        var quote = QuoteStarting(analysis, "he would seriously weigh closing the depot");
        Assert.Equal("Pavel Drummond", quote.Speaker);
        Assert.EndsWith("depot", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_cue_after_a_comma_reports_the_short_clause_that_follows_it()
    {
        var analysis = Analyze(
            "Marta Quell shrugged off the water board's third defeat of the season — indeed, she said it \u201csteadies\u201d the members.");
        Assert.Equal("Marta Quell", QuoteStarting(analysis, "it \u201csteadies\u201d the members").Speaker);
        NoQuoteStarting(analysis, "Marta Quell shrugged off");
    }

    [Fact]
    public void A_pronoun_cue_with_an_object_after_it_still_closes_the_sentence()
    {
        var analysis = Analyze(
            "Marta Quell spoke to the water board on Monday.",
            "The pumps will not last another winter, she said it again on Tuesday.");
        Assert.Equal("Marta Quell", QuoteStarting(analysis, "The pumps will not last another winter").Speaker);
    }

    [Fact]
    public void Words_inside_a_relative_clause_without_a_comma_run_on_through_a_list()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond has steered the crews toward what he said is rising interest in night crossings, bicycle racks, covered decks and quiet cabins on the longer routes.");
        var quote = QuoteStarting(analysis, "is rising interest in night crossings");
        Assert.Equal("Pavel Drummond", quote.Speaker);
        Assert.EndsWith("on the longer routes", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_inside_a_relative_clause_without_a_comma_end_before_another_cue()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond wants a breakwater that he said would cost less than a new pier, port officials said.");
        var quote = QuoteStarting(analysis, "would cost less than a new pier");
        Assert.EndsWith("a new pier", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_without_its_relative_word_reports_the_rest_of_the_clause()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond has long courted the island crews. He spoke with the patience he insists is required to mend the ferry timetable.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "is required to mend the ferry timetable").Speaker);
    }

    [Fact]
    public void Who_before_a_pronoun_cue_reports_the_rest_of_the_clause()
    {
        var analysis = Analyze(
            "Ferry commissioner Pavel Drummond has quarrelled with the port treasurer, Ilse Marken, who he insists has short-changed the island crews.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "has short-changed the island crews").Speaker);
    }

    [Fact]
    public void A_pronoun_in_a_relative_clause_after_an_opening_phrase_is_the_main_subject()
    {
        var analysis = Analyze(
            "\u201cThe fares will rise,\u201d port treasurer Jonas Marken said in a letter to the crews.",
            "At a meeting on the quay on Thursday afternoon, ferry commissioner Pavel Drummond named the routes he said had lost the most passengers to the new bridge.");
        Assert.Equal("Pavel Drummond", QuoteStarting(analysis, "had lost the most passengers").Speaker);
    }
}
