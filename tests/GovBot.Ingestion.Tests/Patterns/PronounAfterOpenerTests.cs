using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A capitalised opener before a personal pronoun ("Then I said …") names no body. All names are made up.</summary>
public sealed class PronounAfterOpenerTests
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
}
