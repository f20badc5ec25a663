using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// A sentence that reports someone's words and ends with ", according to X": X vouches for the account, the speaker said only
/// the words before the comma; made-up articles.
/// </summary>
public sealed class VouchedAccountTests
{
    [Fact]
    public void The_source_after_according_to_keeps_the_account_and_the_speaker_keeps_only_his_words()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met behind closed doors on Monday.",
            "Dana Ortiz, the board's treasurer, stayed for an hour and warned the other members that the ferry fund would run dry by June, according to two people in the room.");
        var words = QuoteStarting(analysis, "the other members that the ferry fund");
        Assert.Equal("Dana Ortiz", words.Speaker);
        Assert.DoesNotContain("according to", words.Text, StringComparison.Ordinal);
        var account = Assert.Single(analysis.Quotes, q => q.Speaker == "two people in the room");
        Assert.Contains("warned the other members", account.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_before_according_to_is_what_the_source_vouches_for()
    {
        var analysis = Analyze(
            "The pier repairs came up again at the Tarnby harbour board.",
            "Dana Ortiz, the board's treasurer, said the ferry fund can still pay for the old grain pier, which cost 3 million crowns last year, according to the port authority's annual report.");
        var words = QuoteStarting(analysis, "the ferry fund can still pay");
        Assert.Equal("Dana Ortiz", words.Speaker);
        Assert.DoesNotContain("which cost", words.Text, StringComparison.Ordinal);
        Assert.StartsWith("which cost 3 million crowns last year", Assert.Single(analysis.Quotes, q => q.Text.Contains("3 million", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}
