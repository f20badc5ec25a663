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
}
