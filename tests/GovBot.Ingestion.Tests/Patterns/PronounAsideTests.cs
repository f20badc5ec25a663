using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// A pronoun's cue set between commas inside the sentence it reports, and "he"/"she" inside a sentence whose subject is a
/// named person; made-up articles.
/// </summary>
public sealed class PronounAsideTests
{
    [Fact]
    public void A_parenthetical_she_said_reports_the_words_on_both_sides_as_one_statement()
    {
        var analysis = Analyze(
            "The Tarnby harbour board voted on Monday to close the east dock for repairs.",
            "Ilse Vorn, the board's chair, said the work would take a year. The question of whether to reopen the dock before winter, she said, is not settled.");
        var statement = QuoteStarting(analysis, "The question of whether to reopen the dock before winter");
        Assert.Equal("The question of whether to reopen the dock before winter, she said, is not settled", statement.Text);
        Assert.Equal("Ilse Vorn", statement.Speaker);
    }

    [Fact]
    public void A_short_subject_before_a_parenthetical_he_says_keeps_its_predicate()
    {
        var analysis = Analyze(
            "The Orlek port authority published a new ferry timetable on Friday.",
            "Dale Okafor, a ferry captain, said the old timetable had failed the night crews. This timetable, he says, is different.");
        var statement = QuoteStarting(analysis, "This timetable");
        Assert.Equal("This timetable, he says, is different", statement.Text);
        Assert.Equal("Dale Okafor", statement.Speaker);
    }

    [Fact]
    public void A_parenthetical_they_argue_after_a_group_that_spoke_reports_the_whole_sentence()
    {
        var analysis = Analyze(
            "The Tarnby harbour board will close the east dock for a year.",
            "The ferry operators say the closure will cost them dearly. Dock fees, they argue, should be cut while the work goes on.");
        var statement = QuoteStarting(analysis, "Dock fees");
        Assert.Equal("Dock fees, they argue, should be cut while the work goes on", statement.Text);
        Assert.Equal("ferry operators", statement.Speaker);
    }

    [Fact]
    public void He_inside_a_sentence_opened_by_a_named_person_is_that_person_not_the_last_speaker()
    {
        var analysis = Analyze(
            "The Fennmoor water board met on Tuesday to discuss night crossings on the river.",
            "Dale Okafor, a ferry captain, said the work would take a year.",
            "Omar Lindqvist, a lawyer who represents the ferry owners, has steered the crews toward what he said are the busiest night routes on the river.");
        Assert.Equal("Omar Lindqvist", QuoteStarting(analysis, "are the busiest night routes").Speaker);
    }

    [Fact]
    public void He_after_a_sentence_opened_by_a_possessive_name_stays_with_the_last_speaker()
    {
        var analysis = Analyze(
            "The Fennmoor water board met on Tuesday to discuss night crossings on the river.",
            "Dale Okafor, a ferry captain, said the work would take a year.",
            "Omar Lindqvist's lawyer has asked the board about what he said are the busiest night routes on the river.");
        Assert.Equal("Dale Okafor", QuoteStarting(analysis, "are the busiest night routes").Speaker);
    }

    [Fact]
    public void A_parenthetical_cue_after_a_scene_setting_clause_does_not_take_the_scene_into_the_statement()
    {
        var analysis = Analyze(
            "The Tarnby harbour board voted on Monday to close the east dock for repairs.",
            "Ilse Vorn, the board's chair, said the work would take a year. After the board rejected her plan for a night ferry, she said, the crews would lose their winter work.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("After the board rejected", StringComparison.Ordinal));
        Assert.Equal("Ilse Vorn", QuoteStarting(analysis, "the crews would lose their winter work").Speaker);
    }

    [Fact]
    public void She_never_stands_for_a_group_that_spoke_last()
    {
        var analysis = Analyze(
            "The Tarnby harbour board voted on Monday to close the east dock for repairs.",
            "Local harbour pilots said the closure would cost them the winter season. That winter, she said, the crews found no other work.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Local harbour pilots" && q.Text.Contains("found no other work", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_named_in_the_last_speakers_appositive_does_not_take_his_pronoun()
    {
        var analysis = Analyze(
            "The Fennmoor water board met on Tuesday to weigh a levy on night crossings.",
            "\"The levy is overdue,\" said Gary Okafor, a former adviser to President Walter Reyes and a ferry captain for twenty years.",
            "\"We have waited long enough for a fair fee on the river,\" he added.",
            "Mayor Walter Reyes said on Wednesday that the levy would be fair.");
        Assert.Equal("Gary Okafor", QuoteStarting(analysis, "We have waited long enough").Speaker);
    }

    [Fact]
    public void He_after_a_quotation_in_a_sentence_opened_by_a_named_person_is_that_person()
    {
        var analysis = Analyze(
            "The Fennmoor water board met on Tuesday to weigh a levy on night crossings. The board's engineer, Omar Lindqvist, said the levy would pay for two new pumps.",
            "\"The levy is a tax on the crews,\" Dale Okafor wrote on Monday, in a letter to the board.",
            "Lindqvist fired back: \"The crews will pay less than they do today,\" he wrote in a reply to the letter.");
        Assert.Equal("Omar Lindqvist", QuoteStarting(analysis, "The crews will pay less").Speaker);
    }
}
