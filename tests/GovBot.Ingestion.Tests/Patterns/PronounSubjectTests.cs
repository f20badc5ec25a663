using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Pronoun subjects: "He's said", "It said" for a body, "They" after a capitalised group, and a body word that an account
/// name happens to end in; made-up articles.
/// </summary>
public sealed class PronounSubjectTests
{
    [Fact]
    public void A_pronoun_fused_with_its_auxiliary_is_the_subject()
    {
        var analysis = Analyze(
            "State Senator Carl Benning spoke to reporters in Dover on Monday about the school budget.",
            "He's said he learned budgeting from running a hardware store in Dover.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "he learned budgeting").Speaker);
    }

    [Fact]
    public void It_after_a_body_spoke_is_that_body()
    {
        var analysis = Analyze(
            "Shares of the ride-hailing firm fell on Tuesday.",
            "Zentrix said it had suspended 40,000 accounts linked to fraud since March.",
            "It said the suspended accounts had been used to book fake rides in three cities.");
        Assert.Equal("Zentrix", QuoteStarting(analysis, "the suspended accounts had been used").Speaker);
    }

    [Fact]
    public void It_after_a_document_spoke_is_that_document_again()
    {
        var analysis = Analyze(
            "The Tarnby Ledger mailed a plea for donations to its readers on Monday.",
            "\"Friends, the harbour needs you,\" the letter read. It stated that the pier board is \"in free fall.\"",
            "It said that the mooring fees will double next spring.");
        Assert.Equal("letter", QuoteStarting(analysis, "the mooring fees will double").Speaker);
    }

    [Fact]
    public void A_participle_after_an_acting_it_belongs_to_the_document_that_spoke()
    {
        var analysis = Analyze(
            "Two ferry captains have taken the pier board of Tarnby to court.",
            "The lawsuit contends that the board \"ignored every warning\" about the old pier.",
            "It goes on to fault the board's use of a private account, saying any data sent through it was \"exposed\" to outsiders.");
        Assert.Equal("lawsuit", QuoteStarting(analysis, "any data sent through it").Speaker);
    }

    [Fact]
    public void A_participle_after_an_empty_it_belongs_to_nobody()
    {
        var analysis = Analyze(
            "Two ferry captains have taken the pier board of Tarnby to court.",
            "The lawsuit contends that the board \"ignored every warning\" about the old pier.",
            "It is a long filing, saying little about the pier repairs themselves.");
        NoQuoteStarting(analysis, "little about the pier repairs");
    }

    [Fact]
    public void A_pronoun_after_a_short_lead_follows_a_clause_whose_comma_sits_inside_a_closing_quote()
    {
        var analysis = Analyze(
            "Dana Ortiz, the harbour master of Tarnby, spoke to the dock crews on Tuesday.",
            "Where she once bragged that she had mended ''the east jetty,'' on Tuesday evening she said the jetty still posed ''a grave risk'' to sailors.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the jetty still posed").Speaker);
    }

    [Fact]
    public void It_after_a_person_spoke_is_nobody()
    {
        var analysis = Analyze(
            "Shares of the ride-hailing firm fell on Tuesday.",
            "Jo Brackett, a driver, said the app had crashed twice on Monday.",
            "It said the suspended accounts had been used to book fake rides in three cities.");
        NoQuoteStarting(analysis, "the suspended accounts had been used");
    }

    [Fact]
    public void A_modified_description_of_a_body_refers_back_to_the_body_that_spoke_last()
    {
        var analysis = Analyze(
            "Shares of the ride-hailing firm fell on Tuesday.",
            "In response, Zentrix said it was investigating the outage.",
            "The ride-hailing company said it had suspended 40,000 accounts linked to fraud since March.",
            "The rival company said its own app had worked all week without a fault.");
        Assert.Equal("Zentrix", QuoteStarting(analysis, "it had suspended 40,000").Speaker);
        NoQuoteStarting(analysis, "its own app had worked");
    }

    [Fact]
    public void A_body_word_used_alone_before_an_account_name_ending_in_it_stays_the_body()
    {
        var analysis = Analyze(
            "Posts on Chirpline about the flood spread fast on Sunday, and Chirpline users shared maps of the closed roads.",
            "Chirpline said in a statement that it had removed 300 posts with false rescue numbers.",
            "Some users called the feed ''Grumpy Chirpline,'' a joke about the slow updates, and Grumpy Chirpline said it had no plans to stop.",
            "Chirpline said on Monday that the removed posts had been shared more than 10,000 times.");
        Assert.Equal("Chirpline", QuoteStarting(analysis, "the removed posts had been shared").Speaker);
    }

    [Fact]
    public void They_after_a_capitalised_group_is_that_group_unless_another_group_came_between()
    {
        var analysis = Analyze(
            "Republicans say Democrats are trying to distract voters from the budget hole.",
            "They say the Democrats pulled the same trick in the spring.",
            "Still, Democrats believe the pressure will grow over the summer.",
            "They say the pressure has been evident in the talks since the storm.");
        Assert.Equal("Republicans", QuoteStarting(analysis, "the Democrats pulled the same").Speaker);
        Assert.Equal("Democrats", QuoteStarting(analysis, "the pressure has been evident").Speaker);
    }

    [Fact]
    public void They_after_a_sentence_a_group_opens_is_that_group_and_not_after_a_person()
    {
        var analysis = Analyze(
            "The county board approved the new bus routes on Tuesday.",
            "Tenant organizers criticized the vote. They said the routes would leave the east side without service at night.",
            "Councilwoman Ada Whitcombe criticized the vote. They said the routes would cut the night service by half.");
        Assert.Equal("Tenant organizers", QuoteStarting(analysis, "the routes would leave the east side").Speaker);
        NoQuoteStarting(analysis, "the routes would cut the night service");
    }

    [Fact]
    public void A_second_pronoun_cue_after_but_is_a_second_statement()
    {
        var analysis = Analyze(
            "Pollster Carl Benning spoke at the county fair on Saturday.",
            "Benning said the race was closer than it looked in the spring, but he said the county could still swing to the challenger.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "the race was closer").Speaker);
        var second = QuoteStarting(analysis, "the county could still swing");
        Assert.Equal("Carl Benning", second.Speaker);
        Assert.DoesNotContain("but he said", QuoteStarting(analysis, "the race was closer").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_after_the_inverted_cue_of_a_quotation_is_the_quotations_speaker()
    {
        var analysis = Analyze(
            "Voters lined up early at the library in Dover.",
            "\"I came because the rent keeps going up every single year,\" said Dana Ortiz, 52, of Toledo, who said the council had ignored tenants for a decade.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the council had ignored tenants").Speaker);
    }

    [Fact]
    public void It_after_according_to_a_body_is_that_body()
    {
        var analysis = Analyze(
            "The group has called for attacks on crowds before, according to the Lakeview Monitoring Group, which tracks extremist posts.",
            "It said supporters of the group were sharing news of the attack within minutes.");
        Assert.Equal("Lakeview Monitoring Group", QuoteStarting(analysis, "The group has called for attacks").Speaker);
        Assert.Equal("Lakeview Monitoring Group", QuoteStarting(analysis, "supporters of the group were sharing").Speaker);
    }

    [Fact]
    public void A_pronoun_after_an_as_for_topic_is_the_person_of_the_topic()
    {
        var analysis = Analyze(
            "Ferry operator Joel Marsh and councillor Dana Whitby met the port board on Monday.",
            "\"The timetable cannot change before spring,\" Whitby said.",
            "As for Marsh, he said the night crossings would stay as they are.");
        Assert.Equal("Joel Marsh", QuoteStarting(analysis, "the night crossings would stay").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_short_time_or_place_phrase_opens_each_of_two_reporting_clauses()
    {
        var analysis = Analyze(
            "Deputy minister Hanna Corvel presented the revised cyber audit plan to the committee on Tuesday.",
            "Although in May she said the audits would cover every agency, at the hearing she said only the largest agencies would be audited this year.");
        var earlier = QuoteStarting(analysis, "the audits would cover every agency");
        Assert.Equal("Hanna Corvel", earlier.Speaker);
        Assert.DoesNotContain("hearing", earlier.Text, StringComparison.Ordinal);
        Assert.Equal("Hanna Corvel", QuoteStarting(analysis, "only the largest agencies would be audited").Speaker);
    }

    [Fact]
    public void A_pronoun_never_stands_for_the_person_its_verb_addresses()
    {
        var analysis = Analyze(
            "Harlan Voss met the water board on Monday. She later asked Voss whether the eastern farms would get water this summer.");
        NoQuoteStarting(analysis, "whether the eastern farms would get water");
    }
}
