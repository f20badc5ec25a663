using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Subjects that are no speaker: a capitalised opener before a personal pronoun ("Then I said …") names no body, and the
/// thing a relative clause is about ("the plan, which they say …") does not speak. All names are made up.
/// </summary>
public sealed class NoSpeakerSubjectTests
{
    [Fact]
    public void An_opening_adverb_and_a_pronoun_are_never_a_speaker_s_name()
    {
        var analysis = Analyze(
            "The crews met on Monday.",
            "Then I said that the night crews are the best paid in the port.",
            "Today We say that the harbour board should keep the night boats.",
            "Dana Ortiz, who runs the ferry union, said the boats would keep running.");

        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is "Then I" or "Today We");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the boats would keep running").Speaker);
    }

    [Fact]
    public void The_thing_a_relative_clause_is_about_never_speaks_its_words()
    {
        var analysis = Analyze(
            "Dana Ortiz backed the plan for new water tanks, which they say keep the valley green through the summer.",
            "The council approved the storage projects, which they say will hold water for two dry years.");

        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is { } s && (s.Contains("tanks", StringComparison.Ordinal) || s.Contains("projects", StringComparison.Ordinal)));
    }
}
