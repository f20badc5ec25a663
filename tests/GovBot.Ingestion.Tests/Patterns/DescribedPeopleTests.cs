using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Statements whose speaker is a description of people rather than a name: the speaker is the head phrase as written,
/// never the clause around it, and never a name inside a prepositional phrase. Made-up articles.
/// </summary>
public sealed class DescribedPeopleTests
{
    private const string Opening = "The Tarnby harbour board met on Tuesday to weigh a new ferry fare for the island route.";

    [Fact]
    public void A_group_of_three_words_speaks_past_its_relative_clause()
    {
        var analysis = Analyze(Opening, "Senior quay planners who have modelled the timetable argue that the fare will cover the cost of fuel.");
        Assert.Equal("Senior quay planners", QuoteStarting(analysis, "the fare will cover the cost").Speaker);
    }

    [Fact]
    public void A_counted_group_with_a_shared_modifier_speaks_as_written()
    {
        var analysis = Analyze(Opening, "Three current and former quay clerks said a quarrel erupted over the dredging contract.");
        Assert.Equal("Three current and former quay clerks", QuoteStarting(analysis, "a quarrel erupted").Speaker);
    }

    [Fact]
    public void One_of_a_group_and_whose_it_is_speaks_and_the_name_inside_is_not_the_speaker()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz faces questions over the winter timetable.",
            "One of the former inspectors for Dana Ortiz said both ferry audits differed sharply.",
            "One of the former lawyers for the water board said the audit had been rushed.");
        Assert.Equal("One of the former inspectors for Dana Ortiz", QuoteStarting(analysis, "both ferry audits differed").Speaker);
        Assert.Equal("One of the former lawyers for the water board", QuoteStarting(analysis, "the audit had been rushed").Speaker);
    }

    [Fact]
    public void A_group_more_likely_to_say_something_says_it()
    {
        var analysis = Analyze(
            Opening,
            "Island tenants are a little more likely to say that the fare is too high than to say so of the bus fare.",
            "Island residents were less likely to say the board had listened to them.",
            "Island commuters are likely to say the new timetable is a relief.");
        Assert.Equal("Island tenants", QuoteStarting(analysis, "the fare is too high").Speaker);
        Assert.Equal("Island residents", QuoteStarting(analysis, "the board had listened").Speaker);
        // A forecast of what a group would say is no report of what it said.
        NoQuoteStarting(analysis, "the new timetable is a relief");
    }

    [Fact]
    public void A_participle_after_a_described_person_speaks_for_that_description()
    {
        var analysis = Analyze(
            Opening,
            "Her closest aide renewed the quarrel with the board, saying the chairwoman was unfit to lead.",
            "The former harbour master went further, arguing the plan could make the congestion worse.");
        Assert.Equal("Her closest aide", QuoteStarting(analysis, "the chairwoman was unfit to lead").Speaker);
        Assert.Equal("former harbour master", QuoteStarting(analysis, "the plan could make the congestion worse").Speaker);
    }

    [Fact]
    public void Poll_shares_bounded_counted_out_of_ten_or_after_with_speak()
    {
        var analysis = Analyze(
            Opening,
            "Riders still view the old route as better, with 50 percent saying it is faster than the new one.",
            "By the close of the season, as many as 35 percent of island ratepayers said the fare was beyond them.",
            "Roughly eight out of 10 say a second ferry is needed for the morning shift.");
        var with = QuoteStarting(analysis, "it is faster than the new one");
        Assert.Equal("50 percent", with.Speaker);
        NoQuoteStarting(analysis, "Riders still view the old route");
        Assert.Equal("as many as 35 percent of island ratepayers", QuoteStarting(analysis, "the fare was beyond them").Speaker);
        Assert.Equal("Roughly eight out of 10", QuoteStarting(analysis, "a second ferry is needed").Speaker);
    }

    [Fact]
    public void The_object_before_a_relative_clause_with_its_own_subject_is_no_speaker()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz faces questions over the winter timetable.",
            "Ortiz drafted bylaws that tenant unions said penalised island renters.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is { } speaker && speaker.Contains("bylaws", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_is_never_a_speaker()
    {
        var analysis = Analyze(
            Opening,
            "The survey showed a majority of registered island voters say the board should hold hearings on the fare.",
            "The chairwoman huddled briefly with other board members announced they would call the vote.",
            "Island Greens who followed the Saturday hearing said the fare left them calm.");
        Assert.Equal("majority of registered island voters", QuoteStarting(analysis, "the board should hold hearings").Speaker);
        NoQuoteStarting(analysis, "they would call the vote");
        Assert.Equal("Island Greens", QuoteStarting(analysis, "the fare left them calm").Speaker);
    }

    [Fact]
    public void A_coordinated_speech_verb_shares_a_described_subject_and_a_count_alone_is_no_speaker()
    {
        var analysis = Analyze(
            Opening,
            "The retired harbour master rejected the plan and said it would ruin the north dock.",
            "Several former officials rejected the plan and said it would flood the south quay.");
        Assert.Equal("retired harbour master", QuoteStarting(analysis, "it would ruin the north dock").Speaker);
        Assert.Equal("Several former officials", QuoteStarting(analysis, "it would flood the south quay").Speaker);
    }

    [Fact]
    public void A_group_speaks_inside_a_relative_clause_opened_by_who_or_what()
    {
        var analysis = Analyze(
            Opening,
            "The board raised the levy this year, yet the sum stays far below what harbour engineers say they need each winter.",
            "The leak came from a contractor who harbour officials say is tied to the old board.",
            "The notice matches what other riders are saying about the fare.");
        Assert.Equal("harbour engineers", QuoteStarting(analysis, "they need each winter").Speaker);
        Assert.Equal("harbour officials", QuoteStarting(analysis, "is tied to the old board").Speaker);
        NoQuoteStarting(analysis, "about the fare");
    }

    [Fact]
    public void An_opener_after_the_comma_is_no_part_of_the_speaker()
    {
        var analysis = Analyze(
            Opening,
            "The speech was a warm one, but many islanders have said it missed the point on fares.",
            "Beside the petitions, even a senior harbour strategist said the chairwoman will have to choose a side.");
        Assert.Equal("many islanders", QuoteStarting(analysis, "it missed the point on fares").Speaker);
        Assert.Equal("senior harbour strategist", QuoteStarting(analysis, "the chairwoman will have to choose").Speaker);
    }

    [Fact]
    public void Taking_to_a_medium_to_say_something_says_it()
    {
        var analysis = Analyze(
            "Harbour master Dana Ortiz faces questions over the winter timetable.",
            "Some local fishermen took to Twitter to say the north dock was unsafe.",
            "The harbour master's aides took to social media to insist the vote was clean.");
        Assert.Equal("Some local fishermen", QuoteStarting(analysis, "the north dock was unsafe").Speaker);
        Assert.Equal("harbour master's aides", QuoteStarting(analysis, "the vote was clean").Speaker);
    }
}
