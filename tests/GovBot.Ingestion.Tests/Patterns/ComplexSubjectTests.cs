using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Long and complex subjects before a speech verb: coordinated, owned and set off by asides; made-up articles.</summary>
public sealed class ComplexSubjectTests
{
    [Fact]
    public void Groups_joined_by_and_speak_together_as_written()
    {
        var analysis = Analyze(
            "The county's voter rolls were copied by an unknown intruder last spring.",
            "Port workers and harbor officials, however, said they believed the rolls were copied through a vendor's laptop.",
            "Parents and even some teachers say the county's response was far too slow.");
        var officials = QuoteStarting(analysis, "they believed the rolls");
        Assert.Equal("Port workers and harbor officials", officials.Speaker);
        Assert.Equal(QuoteKind.Indirect, officials.Kind);
        Assert.Equal("Parents and even some teachers", QuoteStarting(analysis, "the county's response was far too slow").Speaker);
    }

    [Fact]
    public void A_group_before_a_comma_aside_still_speaks()
    {
        var analysis = Analyze(
            "The harbor board voted to raise mooring fees in Dunmore on Tuesday.",
            "Others, however, say a change to the fees is long overdue for the harbor.");
        Assert.Equal("Others", QuoteStarting(analysis, "a change to the fees").Speaker);
    }

    [Fact]
    public void Women_men_and_people_are_plural_groups()
    {
        var analysis = Analyze(
            "The zoning board heard comments on the Pellard Street plan on Monday.",
            "Some of the women said they had filed written objections before each session.");
        Assert.Equal("Some of the women", QuoteStarting(analysis, "they had filed written").Speaker);
    }

    [Fact]
    public void People_and_whose_they_are_speak_as_written()
    {
        var analysis = Analyze(
            "Senator Wren Tallis is weighing a run for governor of the state.",
            "Sources close to her campaign say the senator will announce her decision in June.",
            "Aides to Tallis say she is shifting her message toward the rural counties.",
            "Proponents of the water bill, however, say the levy would keep enough safeguards in place.",
            "A person familiar with the draft of the harbour budget says the agenda will open with the budget.");
        Assert.Equal("Sources close to her campaign", QuoteStarting(analysis, "the senator will announce").Speaker);
        Assert.Equal("Aides to Tallis", QuoteStarting(analysis, "she is shifting her message").Speaker);
        Assert.Equal("Proponents of the water bill", QuoteStarting(analysis, "the levy would keep enough safeguards").Speaker);
        Assert.Equal("person familiar with the draft of the harbour budget", QuoteStarting(analysis, "the agenda will open").Speaker);
    }

    [Fact]
    public void A_poll_share_with_an_owner_is_not_a_speaker()
    {
        var analysis = Analyze(
            "A new survey of the county's voters was released on Sunday.",
            "Majorities of voters in three wards heading to the polls say they would accept either ferry schedule.");
        NoQuoteStarting(analysis, "they would accept either ferry");
    }

    [Fact]
    public void A_noun_in_ly_after_an_article_ends_the_subject()
    {
        var analysis = Analyze(
            "Hundreds marched through Corvale on Saturday.",
            "Even the organizer of the rally said the permit fees had doubled since the spring.");
        Assert.Equal("rally organizer", QuoteStarting(analysis, "the permit fees had doubled").Speaker);
    }

    [Fact]
    public void A_person_coordinated_with_their_own_people_is_the_speaker()
    {
        var analysis = Analyze(
            "Governor Ansel Brookfield signed three orders on wages in March.",
            "Brookfield and his rivals for the party's nomination have said they will keep the orders if elected.");
        Assert.Equal("Ansel Brookfield", QuoteStarting(analysis, "they will keep the orders").Speaker);
    }

    [Fact]
    public void A_dash_or_comma_aside_after_a_group_is_stepped_over()
    {
        var analysis = Analyze(
            "The transit bill reached the floor of the state senate on Thursday.",
            "Transit activists — and, above all, their chair Cora Vint — insisted that the bill would pass before the recess.",
            "Supporters of the fare freeze, for their part, argued that the new fares would push them off the routes.",
            "Officials, who spoke on the condition of anonymity, said the vote would be held on Friday.");
        Assert.Equal("Transit activists", QuoteStarting(analysis, "the bill would pass before the recess").Speaker);
        Assert.Equal("Supporters of the fare freeze", QuoteStarting(analysis, "the new fares would push").Speaker);
        Assert.Equal("Officials", QuoteStarting(analysis, "the vote would be held").Speaker);
    }

    [Fact]
    public void Two_named_people_or_a_person_after_an_opening_phrase_give_the_first_named_person()
    {
        var analysis = Analyze(
            "The trade pact was signed in Halvern in 2014.",
            "Marta Quinlan and Senator Hal Bream have both argued that the mill workers lost their jobs because of the pact.",
            "At the same time, Quinlan and her supporters argue that the delegates should back her at the convention.");
        Assert.Equal("Marta Quinlan", QuoteStarting(analysis, "the mill workers lost their jobs").Speaker);
        Assert.Equal("Marta Quinlan", QuoteStarting(analysis, "the delegates should back her").Speaker);
    }

    [Fact]
    public void A_person_s_associates_speak_as_written()
    {
        var analysis = Analyze(
            "Senator Ted Varga returned to Washington on Monday.",
            "Ted Varga’s associates insist he is returning to the chamber as the same man he has always been.");
        Assert.Equal("Ted Varga’s associates", QuoteStarting(analysis, "he is returning to the chamber").Speaker);
    }

    [Fact]
    public void A_name_with_a_suffix_before_an_aside_is_the_speaker()
    {
        var analysis = Analyze(
            "The port authority met on Monday in the old customs hall.",
            "Deputy Mayor Lee K. Parkman Jr., who flew back from a dredging summit in Rotterdam on Sunday night, said the fees would pay for the new cranes.",
            "The head of the dredging panel, Capt. Ivo Stannard Jr., told the board the channel would be deepened in full.");
        Assert.Equal("Lee K. Parkman", QuoteStarting(analysis, "the fees would pay for").Speaker);
        Assert.Equal("Ivo Stannard", QuoteStarting(analysis, "the channel would be deepened").Speaker);
    }

    [Fact]
    public void An_abbreviated_place_inside_an_aside_does_not_end_the_sentence()
    {
        var analysis = Analyze(
            "The county's bloggers gathered in a union hall last week.",
            "Dana Ortiz, who then ran a bakery near Ft. Wayne and the Bluebird choir, a group of amateur singers, said that the vote was changing the town.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the vote was changing the town").Speaker);
    }

    [Fact]
    public void This_past_week_between_the_subject_and_its_verb_is_stepped_over()
    {
        var analysis = Analyze(
            "The party's convention is due to open in July.",
            "Hal Bream, the party chairman, this past week announced that the convention would move to Dayton.");
        Assert.Equal("Hal Bream", QuoteStarting(analysis, "the convention would move to Dayton").Speaker);
    }

    [Fact]
    public void A_group_before_a_relative_clause_is_the_subject()
    {
        var analysis = Analyze(
            "The party's chairwoman stepped down in Dayton on Monday.",
            "Officials who spoke with the Dayton Ledger said the party needs to rebuild after her tenure.",
            "The state officials whose ballots were thrown out say the printer caused the whole error.");
        Assert.Equal("Officials", QuoteStarting(analysis, "the party needs to rebuild").Speaker);
        Assert.Equal("state officials", QuoteStarting(analysis, "the printer caused").Speaker);
    }

    [Fact]
    public void A_word_shared_by_both_sides_of_and_qualifies_the_group()
    {
        var analysis = Analyze(
            "The refugee office cut its intake again this year.",
            "Domestic and foreign critics have noted that the intake has fallen for three years running.");
        Assert.Equal("Domestic and foreign critics", QuoteStarting(analysis, "the intake has fallen").Speaker);
    }

    [Fact]
    public void A_group_before_a_participle_clause_is_the_subject()
    {
        var analysis = Analyze(
            "The school bill goes to the floor of the state house this week.",
            "Still, ward organizers backing the bill have said the count in the second ward looks safe.",
            "Farmers interviewed at the fair in Dunmore said they had no problem with the governor's remarks.");
        Assert.Equal("ward organizers", QuoteStarting(analysis, "the count in the second ward").Speaker);
        Assert.Equal("Farmers", QuoteStarting(analysis, "they had no problem").Speaker);
    }

    [Fact]
    public void A_past_tense_with_an_object_is_no_participle_clause()
    {
        var analysis = Analyze(
            "The health bill stalled in the state senate on Tuesday.",
            "Senate Democrats blocked the funding package because of riders added by harbour trustees on ferry fares.");
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Owned_and_listed_people_with_shared_modifiers_speak_as_written()
    {
        var analysis = Analyze(
            "The ferry talks on the strait closed in Halvern on Sunday.",
            "The deputy head of Freedonia’s delegation to the ferry talks said the hosts should open the fishing grounds to small boats.",
            "Harbor Board and Coast Guard spokesmen said the ban on night crossings would stay in place.",
            "Whatever the result in the harbour ward, insiders in the two inland wards — Millbrook and Ashgrove — said the turnout there would decide the race.",
            "Yet the organizer of a pro-Ortiz picnic said the park rules left no room for the food stalls.");
        Assert.Equal("deputy head of Freedonia’s delegation to the ferry talks", QuoteStarting(analysis, "the hosts should open").Speaker);
        Assert.Equal("Harbor Board and Coast Guard spokesmen", QuoteStarting(analysis, "the ban on night crossings").Speaker);
        Assert.Equal("insiders in the two inland wards", QuoteStarting(analysis, "the turnout there would decide").Speaker);
        Assert.Equal("pro-Ortiz picnic organizer", QuoteStarting(analysis, "the park rules left no room").Speaker);
    }

    [Fact]
    public void Two_senators_of_their_states_before_an_aside_give_the_first()
    {
        var analysis = Analyze(
            "The Senate returned from its summer recess on Tuesday.",
            "Sens. Mara Quill of Vermont and Otto Brandvik of Nevada, both new to the chamber, also said they would support the nominee.");
        Assert.Equal("Mara Quill", QuoteStarting(analysis, "they would support the nominee").Speaker);
    }

    [Fact]
    public void Names_ending_a_list_inside_an_aside_are_not_the_subject()
    {
        var analysis = Analyze(
            "Several party elders broke with the nominee this summer.",
            "Other longtime members, like Vera Lusk, Hal Paulsen and Bo Crane ― three former treasurers ― have also said they are backing the rival.");
        NoQuoteStarting(analysis, "Other longtime members");
    }
}
