using GovBot.Core.Analysis;

namespace GovBot.Ingestion.Tests;

/// <summary>Summaries read as prose: what a page announces first, without list markers, headings or link notes.</summary>
public sealed class SummaryTests
{
    private static ArticleAnalysis FactSheet(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("title: Fact Sheet: The President Signs an Order on Online Fraud\nsource: The White House\ndate: 2026-08-12\n\n" +
                                      string.Join("\n\n", paragraphs));

    [Fact]
    public void A_fact_sheet_summary_opens_with_what_it_announces_and_drops_headings_markers_and_link_notes()
    {
        var analysis = FactSheet(
            "COUNTERING ONLINE FRAUD: Today, the President signed an order directing agencies to disrupt criminal networks abroad.",
            "- The order directs the coordination centre to share cyber threat information and ransomware indicators with banks.",
            "- Ransomware attacks, phishing campaigns and cyber-enabled fraud cost American consumers billions of dollars in 2025.",
            "- The agencies will publish guidance [LINK: https://example.gov/guidance] on cybersecurity and online scams every year.");

        Assert.StartsWith("Today, the President signed an order", analysis.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", analysis.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNTERING", analysis.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("[LINK", analysis.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_that_only_lists_who_signed_gives_way_to_what_they_said()
    {
        var members = string.Join(", ", Enumerable.Range(1, 50).Select(i => $"Member {i}"));
        var analysis = FactSheet(
            $"The members of the initiative, {members}, met in Washington.",
            "We will share cyber threat information on ransomware actors and disrupt the infrastructure they use to attack our networks.");

        Assert.StartsWith("We will share cyber threat information", analysis.Summary, StringComparison.Ordinal);
    }
}
