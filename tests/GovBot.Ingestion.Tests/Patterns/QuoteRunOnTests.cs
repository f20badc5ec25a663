using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A quotation whose sentence runs on after its cue; made-up articles.</summary>
public sealed class QuoteRunOnTests
{
    [Fact]
    public void Words_running_on_after_a_quotations_cue_are_the_quoted_speakers()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met on Monday to weigh a new pier on the west bank.",
            "\"The levy is fair,\" said Omar Lindqvist, the board's engineer. \"It is the cheaper route,\" he added, to build the pier with money from the ferry levy.");
        var rest = QuoteStarting(analysis, "to build the pier");
        Assert.Equal("to build the pier with money from the ferry levy", rest.Text);
        Assert.Equal("Omar Lindqvist", rest.Speaker);
        Assert.Equal(QuoteKind.Indirect, rest.Kind);
    }

    [Fact]
    public void An_aside_about_the_cue_after_a_quotation_is_not_run_on_speech()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met on Monday to weigh a new pier on the west bank.",
            "\"The pier is safe,\" Omar Lindqvist said, on a harbour radio show on Tuesday.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("harbour radio show", StringComparison.Ordinal));
    }
}
