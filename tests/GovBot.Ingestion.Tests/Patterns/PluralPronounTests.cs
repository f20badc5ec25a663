using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"They said …" after a group spoke, and not after a named person; made-up articles.</summary>
public sealed class PluralPronounTests
{
    [Fact]
    public void They_continues_the_group_that_just_spoke()
    {
        var analysis = Analyze(
            "Protest organizers said the march would go ahead on Saturday despite the ban.",
            "They said the city had no right to close the square to peaceful marchers.");
        Assert.Equal("Protest organizers", QuoteStarting(analysis, "the city had no right").Speaker);
    }

    [Fact]
    public void A_trailing_they_speaks_for_a_group_named_by_its_owner_not_for_a_group_of_an_earlier_paragraph()
    {
        var analysis = Analyze(
            "Shipping firms say the new harbour fees would drive cargo to the rival ports along the coast.",
            "Dana Ortiz's aides bristle at the claim that the harbour master alone caused the feud with the board — it's a fault on both sides, they insist.");
        Assert.Equal("Dana Ortiz's aides", QuoteStarting(analysis, "it's a fault on both sides").Speaker);
    }

    [Fact]
    public void They_after_a_named_person_is_not_that_person()
    {
        var analysis = Analyze(
            "Senator Marla Trevin said the ban on the march was lawful and would stand.",
            "They said the city had no right to close the square to peaceful marchers.");
        NoQuoteStarting(analysis, "the city had no right");
    }

    [Fact]
    public void They_after_a_comma_continues_the_group_of_the_same_sentence()
    {
        var analysis = Analyze(
            "Local officials say the channel is too shallow, but they also say the dredging can wait until spring.");
        Assert.Equal("Local officials", QuoteStarting(analysis, "the dredging can wait").Speaker);
        Assert.Equal("Local officials", QuoteStarting(analysis, "the channel is too shallow").Speaker);
    }

    [Fact]
    public void A_trailing_they_speaks_for_the_group_opening_its_sentence()
    {
        var analysis = Analyze(
            "Tenant organizers bristle at the suggestion that they alone stalled the project — the delay cuts both ways, they insist.");
        Assert.Equal("Tenant organizers", QuoteStarting(analysis, "the delay cuts both ways").Speaker);
    }

    [Fact]
    public void A_parenthetical_they_keeps_the_longer_side()
    {
        var analysis = Analyze(
            "Protest organizers said the march would go ahead on Saturday despite the ban.",
            "Marching through the old harbor district at night, they said, would be too risky.");
        Assert.Equal("Protest organizers", QuoteStarting(analysis, "Marching through the old harbor district").Speaker);
    }

    [Fact]
    public void They_continues_a_group_whose_relative_clause_names_a_person()
    {
        var analysis = Analyze(
            "Harbor master Ines Calloway rejected the dredging plan on Friday.",
            "Though engineers who have worked with Calloway say they think she favours the north channel, they also say she rarely shares her plans with the crews.");
        Assert.Equal("engineers who have worked with Calloway", QuoteStarting(analysis, "she rarely shares her plans").Speaker);
    }

    [Fact]
    public void They_after_a_subordinate_clause_or_an_opening_phrase_is_the_group_that_opens_it()
    {
        var analysis = Analyze(
            "The ferry timetable changes in June.",
            "While many ferry analysts expect the board to keep the night boats, they say it will have to raise fares to pay for them.",
            "Throughout the winter, dock workers opposed the new shifts. They said the rota was rushed and left too few crews at night.");
        Assert.Equal("many ferry analysts", QuoteStarting(analysis, "it will have to raise fares").Speaker);
        Assert.Equal("dock workers", QuoteStarting(analysis, "the rota was rushed").Speaker);
    }

    [Fact]
    public void A_group_opening_the_sentence_speaks_a_later_verb_that_shares_its_subject()
    {
        var analysis = Analyze(
            "The port board met on Tuesday.",
            "Some officials grumbled about the dredging delays and said that they had run out of patience with the contractor.",
            "Both parents renewed their attack on the school board, saying that it had ignored the flooding in the gym for years.");
        Assert.Equal("Some officials", QuoteStarting(analysis, "they had run out of patience").Speaker);
        Assert.Equal("Both parents", QuoteStarting(analysis, "it had ignored the flooding").Speaker);
    }

    [Fact]
    public void They_in_an_aside_stands_for_a_group_named_with_of_and_not_for_a_group_of_an_earlier_paragraph()
    {
        var analysis = Analyze(
            "Neighbours of the skipper who ride his ferry say that he has slowed down. His crossings take longer than last year, they say, but the crew still trusts him with the night runs.",
            "Night-shift operators at the pumping station have formed a union. Working alone at night, they said, can be dangerous.");
        // The words before the aside are the statement: the clause after ", but" is the writer's (see ReportedTail).
        Assert.Contains(analysis.Quotes, q => q.Speaker == "Neighbours of the skipper" && q.Text.Contains("His crossings take longer", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Neighbours of the skipper" && q.Text.Contains("Working alone", StringComparison.Ordinal));
    }

    [Fact]
    public void They_after_a_comma_stands_for_the_group_opening_its_own_sentence_not_a_group_that_spoke_before()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met on Monday to weigh a new pier.",
            "While tenant groups praised the plan and embraced its argument that the pier is needed, they said it left the night crews without lifeboats.",
            "While many local engineers expect the pier to be approved, they say the board must still win over the ferry crews.");
        Assert.Equal("many local engineers", QuoteStarting(analysis, "the board must still win over").Speaker);
    }

    [Fact]
    public void They_after_a_sentence_opened_by_a_lower_case_group_behind_an_opening_phrase_is_that_group()
    {
        var analysis = Analyze(
            "The Tarnby harbour board voted in March to merge the two pilot stations.",
            "During the spring, engineers within the two guilds faulted the vote. They said the merger was pushed through before the crews could read the plan.");
        Assert.Equal("engineers within the two guilds", QuoteStarting(analysis, "the merger was pushed through").Speaker);
    }

    [Fact]
    public void A_closing_they_say_stays_with_the_group_that_spoke_though_its_words_name_another_group()
    {
        var analysis = Analyze(
            "The Tarnby harbour board will vote on the new pier in June.",
            "The first task for the new chair, her harbour allies say, will be to win back the ferry crews. She plans to tour the docks this spring as an envoy for Republicans hoping to keep their seats, they say.");
        Assert.Equal("her harbour allies", QuoteStarting(analysis, "She plans to tour the docks").Speaker);
    }

    [Fact]
    public void They_after_a_sentence_opened_by_a_clause_is_the_group_after_its_comma()
    {
        var analysis = Analyze(
            "When the count began last spring, port officials canvassed the growers and met the guild.",
            "The canvass, they said, turned up deep anger over the water price.");
        Assert.Equal("port officials", QuoteStarting(analysis, "The canvass, they said").Speaker);
    }

    [Fact]
    public void They_opening_a_clause_lends_the_group_that_just_spoke_to_a_later_verb()
    {
        var analysis = Analyze(
            "First, harbour officials said the ferry would leave at noon whether or not the queue had cleared. Within the hour they changed course, waved everyone onto the deck and said they would sell tickets on board.",
            "Protest organizers said the march would go ahead on Saturday. They kept arguing with the wardens, saying the wardens had no right to close the square.");
        Assert.Equal("harbour officials", QuoteStarting(analysis, "they would sell tickets on board").Speaker);
        Assert.Equal("Protest organizers", QuoteStarting(analysis, "the wardens had no right").Speaker);
    }

    [Fact]
    public void They_opening_a_clause_after_a_named_person_is_not_that_person()
    {
        var analysis = Analyze(
            "Senator Marla Trevin said the ferry would leave at noon. Within the hour they changed course and said they would sell tickets on board.");
        NoQuoteStarting(analysis, "they would sell tickets on board");
    }
}
