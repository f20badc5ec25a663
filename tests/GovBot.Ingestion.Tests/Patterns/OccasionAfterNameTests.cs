using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"Dale Vorn in a blog post said …": the occasion between the name and the verb is no part of the speaker's name. Made-up articles.</summary>
public sealed class OccasionAfterNameTests
{
    [Fact]
    public void The_speaker_is_the_name_not_the_name_and_its_occasion()
    {
        var analysis = Analyze(
            "The port authority met on Monday to discuss the dredging levy.",
            "Dale Vorn in a blog post said he would cut the harbour levy.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "he would cut the harbour levy").Speaker);
    }
}
