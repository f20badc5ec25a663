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
}
