using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A cue between commas right after a quoted fragment, inside one reported sentence; made-up ferry article.</summary>
public sealed class QuotedAsideTests
{
    [Fact]
    public void A_cue_after_a_fragment_reports_the_whole_sentence_around_it()
    {
        var analysis = Analyze(
            "Thomas Pell, the harbour master, spoke to the ferry crews on Monday about the new timetable.",
            "Crews who pass their evenings reading the \u201crumour boards of the east dock,\u201d he said, end up in a quarrel that is \u201ccut off from the timetable.\u201d");
        var quote = QuoteStarting(analysis, "Crews who pass their evenings");
        Assert.Equal("Thomas Pell", quote.Speaker);
        Assert.Contains("end up in a quarrel", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_after_a_fragment_followed_by_a_participle_keeps_the_words_before_it()
    {
        var analysis = Analyze(
            "Thomas Pell, the harbour master, spoke to the ferry crews on Monday about the new timetable.",
            "The new timetable needs \u201ca full crew on every crossing,\u201d he said, adding that the winter runs would be cut.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("The new timetable", StringComparison.Ordinal) && q.Text.Contains("winter runs", StringComparison.Ordinal));
    }
}
