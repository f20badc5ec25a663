using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"explained to LISTENER why …": the question an explanation answers is its words; made-up articles.</summary>
public sealed class ExplainedToTests
{
    private const string Opening = "Tomas Kerrigan, the ferry scheduler for Ostrava Bay, met the island council on Wednesday.";

    [Theory]
    [InlineData("Kerrigan explained to the council why the morning sailing had been dropped.", "why the morning sailing")]
    [InlineData("Kerrigan explained to island radio how the new timetable would work.", "how the new timetable")]
    public void The_question_an_explanation_answers_is_the_statement(string sentence, string content)
    {
        Assert.Equal("Tomas Kerrigan", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_that_clause_after_the_listener_is_read_as_before()
    {
        var analysis = Analyze(Opening, "Kerrigan explained to the council that the morning sailing had been dropped.");
        Assert.Equal("Tomas Kerrigan", QuoteStarting(analysis, "the morning sailing had been dropped").Speaker);
    }
}
