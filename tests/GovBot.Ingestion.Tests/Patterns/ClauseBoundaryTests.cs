using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Sentences that hold two reporting clauses, or a reporting clause inside a fronted subordinate clause; manner adverbs
/// around the verb; made-up articles.
/// </summary>
public sealed class ClauseBoundaryTests
{
    private const string Opening = "Harbor Commissioner Wendeline Prask and Councillor Tobiah Quenneville toured the flooded pier in Marlow Bay on Monday.";

    [Theory]
    [InlineData("While Prask has said that she meets the dock unions every month, Quenneville said she does not do it in public.")]
    [InlineData("Although Prask says that she meets the dock unions every month, Quenneville said she does not do it in public.")]
    [InlineData("Prask said she meets the dock unions every month, but Quenneville said she does not do it in public.")]
    public void Each_subject_keeps_its_own_clause(string sentence)
    {
        var analysis = Analyze(Opening, sentence);
        var first = QuoteStarting(analysis, "she meets the dock unions");
        Assert.Equal("Wendeline Prask", first.Speaker);
        Assert.Equal("she meets the dock unions every month", first.Text);
        Assert.Equal("Tobiah Quenneville", QuoteStarting(analysis, "she does not do it in public").Speaker);
    }

    [Theory]
    [InlineData("While Prask claimed that the repair fund was empty, engineers are still waiting for the money.")]
    [InlineData("Years after Prask claimed that the repair fund was empty, the council found the money.")]
    [InlineData("Now that Prask has claimed that the repair fund was empty, the council must find the money.")]
    public void A_fronted_clause_ends_at_its_comma(string sentence)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "the repair fund was empty");
        Assert.Equal("the repair fund was empty", quote.Text);
        Assert.Equal("Wendeline Prask", quote.Speaker);
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_is_not_part_of_the_name()
    {
        var analysis = Analyze("Although Prask says the pier is sound, the engineers want a second survey before the summer.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is { } s && s.StartsWith("Although", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prask wrongly claimed that the repair fund had been spent on salaries.")]
    [InlineData("Prask has disingenuously claimed that the repair fund had been spent on salaries.")]
    [InlineData("Prask argued insistently that the repair fund had been spent on salaries.")]
    public void A_manner_adverb_beside_the_verb(string sentence)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "the repair fund had been spent");
        Assert.Equal("Wendeline Prask", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Announcing_after_a_comma_reports_a_clause()
    {
        var analysis = Analyze(Opening, "Prask also joined the debate, announcing on Wednesday she would meet the dock unions in June.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "she would meet the dock unions").Speaker);
    }

    [Fact]
    public void A_second_verb_after_but_and_an_adverb_shares_the_subject()
    {
        var analysis = Analyze(Opening, "Prask praised the volunteers but later claimed that the count had been rigged in three wards.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the count had been rigged").Speaker);
    }

    [Fact]
    public void Told_with_a_long_account_of_the_audience_before_that()
    {
        var analysis = Analyze(Opening, "The board met after Prask told a town hall in Dover, Delaware on Monday that the levy was too small for the bridge.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the levy was too small").Speaker);
    }

    [Fact]
    public void A_described_source_opening_the_second_clause_gets_its_own_statement()
    {
        var analysis = Analyze(Opening, "Prask said she had raised the pier with the port authority every month, but officials said her letters arrived only after the repairs began.");
        Assert.Equal("she had raised the pier with the port authority every month", QuoteStarting(analysis, "she had raised the pier").Text);
        Assert.Equal("officials", QuoteStarting(analysis, "her letters arrived only after").Speaker);
    }

    [Fact]
    public void A_single_dash_opening_the_writer_s_comment_ends_the_reported_words()
    {
        var quote = QuoteStarting(Analyze(Opening, "Prask said she was willing to meet the “pier lobby” — a nickname the dock workers coined for the harbor union."), "she was willing");
        Assert.Equal("she was willing to meet the “pier lobby”", quote.Text);
    }

    [Fact]
    public void A_dash_pair_inside_the_reported_words_stays()
    {
        var quote = QuoteStarting(Analyze(Opening, "Prask said the repair fund — a pot of money set aside in 2019 — would run dry by May."), "the repair fund");
        Assert.EndsWith("would run dry by May", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The board is drafting a new levy, as Prask continues to warn that the old levy was a costly mistake.")]
    [InlineData("Prask went on to explain that the old levy was a costly mistake.")]
    [InlineData("Prask has continued to insist that the old levy was a costly mistake.")]
    public void Continue_to_and_went_on_to_before_the_verb(string sentence)
    {
        Assert.Equal("Wendeline Prask", QuoteStarting(Analyze(Opening, sentence), "the old levy was a costly mistake").Speaker);
    }

    [Fact]
    public void A_named_subject_after_and_without_a_comma_opens_a_second_clause()
    {
        var analysis = Analyze(Opening,
            "Quenneville said the port would hire many more pilots under the new program and Prask says some of those pilots will come from abroad.");
        Assert.Equal("the port would hire many more pilots under the new program", QuoteStarting(analysis, "the port would hire").Text);
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "some of those pilots").Speaker);
    }
}
