using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Shapes in which a description of people (not a name, not an institution) reports speech: an aside with a day after its
/// verb, a source close to someone, a counted source and its firm before a participle, a capitalised group before a
/// participle, a group before ", who said", and a role the lexicons lacked. The speaker is always a clean phrase, never the
/// clause around it. Made-up articles.
/// </summary>
public sealed class DescribedSourceShapeTests
{
    private const string Opening = "The Tarnby harbour board met on Tuesday to weigh a new ferry fare for the island route.";

    [Fact]
    public void An_aside_with_a_day_after_its_verb_reports_the_words_after_it()
    {
        var analysis = Analyze(Opening, "The ferry fare, her advisers said Friday, would rise faster than the board had expected.");
        Assert.Equal("her advisers", QuoteStarting(analysis, "would rise faster than the board").Speaker);
    }

    [Fact]
    public void A_source_close_to_a_person_named_by_a_pronoun_speaks()
    {
        var analysis = Analyze(Opening, "The board will approve the fare before the winter, a friend close to him said.");
        Assert.Equal("friend close to him", QuoteStarting(analysis, "The board will approve the fare").Speaker);
    }

    [Fact]
    public void A_counted_source_before_a_participle_speaks_as_written_and_the_count_alone_never_does()
    {
        var analysis = Analyze(
            Opening,
            "One clerk at a freight firm asked not to be named, saying the fare would hurt small traders.",
            "One clerk declined to give a name, saying the timetable had been drawn up in a hurry.");
        Assert.Equal("One clerk at a freight firm", QuoteStarting(analysis, "the fare would hurt small traders").Speaker);
        Assert.Equal("One clerk", QuoteStarting(analysis, "the timetable had been drawn up").Speaker);
    }

    [Fact]
    public void A_capitalised_group_before_a_participle_speaks()
    {
        var analysis = Analyze(Opening, "Trustees are drawing up plans to court the ferry crews, saying the fare is key to winning the vote.");
        Assert.Equal("Trustees", QuoteStarting(analysis, "the fare is key to winning").Speaker);
    }

    [Fact]
    public void A_group_before_a_comma_and_who_is_the_speaker_without_the_preposition_before_it()
    {
        var analysis = Analyze(Opening, "The board heard from ferry workers, who said the fare would drive passengers to the bridge.");
        Assert.Equal("ferry workers", QuoteStarting(analysis, "the fare would drive passengers").Speaker);
    }

    [Fact]
    public void A_relative_clause_between_spaced_hyphens_belongs_to_its_antecedent()
    {
        var analysis = Analyze(Opening, "Harbour master Dana Ortiz - who previously said she would close the east quay - spoke on Monday.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she would close the east quay").Speaker);
    }

    [Fact]
    public void A_producer_for_a_station_is_a_described_source()
    {
        var analysis = Analyze(Opening, "A producer for Lakeside Radio said that the harbour master had cancelled an interview about the fare.");
        Assert.Equal("Lakeside Radio producer", QuoteStarting(analysis, "the harbour master had cancelled").Speaker);
    }

    [Fact]
    public void A_clause_ending_in_a_word_for_people_is_never_a_speaker()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz spoke to ferry users on Monday.",
            "Ortiz is firm enough after a woman in Tarnby told her she worries the fare is too high.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker?.Contains("firm enough", StringComparison.Ordinal) == true);
    }
    [Fact]
    public void A_place_opening_before_a_described_subject_is_no_content_and_the_short_clause_after_the_verb_is()
    {
        var analysis = Analyze(Opening, "In the free-port zone, island grocers also say trade is slow this month.");
        Assert.Equal("island grocers", QuoteStarting(analysis, "trade is slow").Speaker);
        NoQuoteStarting(analysis, "In the free-port zone");
    }

    [Fact]
    public void Described_people_inside_a_relative_clause_speak_the_rest_of_it()
    {
        var analysis = Analyze(
            Opening,
            "Applications were due in March, a cut-off that several quay insiders said slipped past most of the island villages.",
            "Harbour master Dana Ortiz said that officials say the fare is fair and will stay.");
        Assert.Equal("several quay insiders", QuoteStarting(analysis, "slipped past most of the island").Speaker);
        // "that" after a speech verb opens the speaker's own clause, not a relative one.
        NoQuoteStarting(analysis, "the fare is fair and will stay");
    }
    [Fact]
    public void A_plural_of_people_right_before_who_speaks_the_clause()
    {
        var analysis = Analyze(Opening, "The harbour master faces a petition from dozens of women who claim the fare was raised without a hearing.");
        Assert.Equal("women", QuoteStarting(analysis, "the fare was raised without a hearing").Speaker);
    }

    [Fact]
    public void The_person_an_appositive_describes_is_the_antecedent_of_who_not_the_body_inside_the_appositive()
    {
        var analysis = Analyze(Opening, "The board heard from Hal Verner, a senior planner at Quayside Partners, who said the fare would rise again in spring.");
        Assert.Equal("Hal Verner", QuoteStarting(analysis, "the fare would rise again in spring").Speaker);
    }
    [Fact]
    public void A_participle_after_an_auxiliary_inside_a_that_clause_reports_nothing()
    {
        var analysis = Analyze(Opening, "The rules require that doctors at docks have admitting privileges at local harbours.");
        NoQuoteStarting(analysis, "privileges at local harbours");
    }

    [Fact]
    public void A_spaced_hyphen_closes_only_a_relative_clause_it_opened()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz spoke to the board on Monday.",
            "Dredging outlays will shrink to a sliver of the port budget, which she said would mark a record low - and sit far under the share the board promised.");
        Assert.Contains("far under", QuoteStarting(analysis, "would mark a record low").Text, StringComparison.Ordinal);
    }
}
