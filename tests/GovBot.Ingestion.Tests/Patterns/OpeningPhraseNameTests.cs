using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// A named speaker after a phrase that opens the sentence: the phrase's words are the occasion, not part of the subject.
/// Made-up articles.
/// </summary>
public sealed class OpeningPhraseNameTests
{
    [Fact]
    public void A_titled_name_after_an_occasion_that_names_a_body_still_speaks()
    {
        var analysis = Analyze(
            "The coastal party met in Tarnby on Saturday to pick its candidates for the harbour board.",
            "At the party meeting Sen. Dana Ortiz said the dredging levy was a proven failure.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the dredging levy was a proven failure").Speaker);
    }

    [Fact]
    public void A_statement_issued_after_an_opening_adverbial_is_the_named_subjects()
    {
        var analysis = Analyze(
            "The port board voted on Monday to sell the old dredger.",
            "Shortly after the vote, Harbour Master Dale Vorn posted a short statement saying her board would wait for a better buyer.",
            "Minutes later, the Vorn campaign sent out a note saying the sale would be reviewed.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "her board would wait for a better buyer").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("the sale would be reviewed", StringComparison.Ordinal) && q.Speaker == "Dale Vorn");
    }

    [Fact]
    public void A_response_saying_carries_the_subjects_words()
    {
        var analysis = Analyze(
            "Harbour master Dale Vorn met the port authority on Monday.",
            "Later that day, Vorn fired back a response saying she would not support the dredging levy.");
        Assert.Equal("Dale Vorn", QuoteStarting(analysis, "she would not support the dredging levy").Speaker);
    }
}
