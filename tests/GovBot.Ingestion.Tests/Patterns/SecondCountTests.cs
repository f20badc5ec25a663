using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// After a statement, a second clause opened by a count of people ("45 have said …", "at least 2,000 said …") or by a
/// quantifier after a spaced dash ("… - others say …") is a second statement; made-up articles.
/// </summary>
public sealed class SecondCountTests
{
    private static readonly string[] Article =
    [
        "The Tarnby harbour board polled its members before the vote on the night ferry.",
        "Some crew members say the night ferry is safe enough for the winter - a view the union shares - others say the boat is far too old to sail.",
        "Most of the members have said they back Ortiz, 45 have said they back Lindqvist and the rest have not picked a side.",
        "Dana Ortiz, the board treasurer, asked retired skippers to train the new crews, and at least 2,000 said they would come in the spring.",
    ];

    [Fact]
    public void A_quantifier_after_a_spaced_dash_opens_a_second_statement()
    {
        var analysis = Analyze(Article);
        Assert.Equal("others", QuoteStarting(analysis, "the boat is far too old").Speaker);
        Assert.DoesNotContain("others say", QuoteStarting(analysis, "the night ferry is safe").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_people_opens_a_second_statement()
    {
        var analysis = Analyze(Article);
        Assert.Equal("they back Ortiz", QuoteStarting(analysis, "they back Ortiz").Text);
        Assert.Equal("45", QuoteStarting(analysis, "they back Lindqvist").Speaker);
        Assert.Equal("at least 2,000", QuoteStarting(analysis, "they would come in the spring").Speaker);
    }
}
