using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Plain reported speech in shapes the basic rules miss: words between the subject and its verb, an aside after the verb,
/// an occasion before "that", a clause opened by "as", a trailing cue followed by its occasion; made-up articles.
/// </summary>
public sealed class ReportedClauseShapeTests
{
    private const string Opening = "Harbor Commissioner Wendeline Prask toured the flooded pier in Marlow Bay on Monday.";

    [Theory]
    [InlineData("Prask on Tuesday said the repair fund would run dry before the end of the year.")]
    [InlineData("Prask last week said the repair fund would run dry before the end of the year.")]
    [InlineData("Prask however said the repair fund would run dry before the end of the year.")]
    [InlineData("Prask, however, said the repair fund would run dry before the end of the year.")]
    [InlineData("Prask less than two weeks ago said the repair fund would run dry before the end of the year.")]
    [InlineData("Prask at the time said the repair fund would run dry before the end of the year.")]
    public void Time_words_and_asides_between_the_subject_and_its_verb(string sentence)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "the repair fund would run dry");
        Assert.Equal("Wendeline Prask", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Notes_is_a_reporting_verb_after_a_subject()
    {
        var analysis = Analyze(Opening, "Prask notes that the pier was rebuilt without any state money.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the pier was rebuilt").Speaker);
    }

    [Theory]
    [InlineData("Prask says, win or lose in the vote, she will stay on as commissioner until May.", "she will stay on")]
    [InlineData("Prask said, however, that she will stay on as commissioner until May.", "she will stay on")]
    [InlineData("Prask added, that she will stay on as commissioner until May.", "she will stay on")]
    public void A_short_aside_after_the_verb_opens_the_clause(string sentence, string content)
    {
        Assert.Equal("Wendeline Prask", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_quotation_after_the_comma_is_not_an_aside()
    {
        var analysis = Analyze(Opening, "Prask said, “We will rebuild this pier before the summer season begins.”");
        Assert.DoesNotContain(analysis.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void An_occasion_with_a_programme_title_before_that()
    {
        var analysis = Analyze(Opening,
            "Prask said during a taping of “Harbor Hour” in Marlow Bay, the county seat, on Sunday that the state owes the port money.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the state owes the port money").Speaker);
    }

    [Fact]
    public void A_that_opening_a_relative_clause_after_an_occasion_is_not_the_content()
    {
        var analysis = Analyze(Opening, "Prask spoke at length and said at a rally that drew hundreds of dock workers in the rain.");
        NoQuoteStarting(analysis, "drew hundreds");
    }

    [Fact]
    public void As_opening_the_sentence_reports_the_main_clause()
    {
        var analysis = Analyze(Opening, "As Prask noted, the repair fund ran dry in May after a long winter of storms.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the repair fund ran dry").Speaker);
    }

    [Fact]
    public void As_closing_the_sentence_reports_the_clause_before_it()
    {
        var analysis = Analyze(Opening, "The repair fund ran dry in May after a long winter of storms, as Prask noted on Tuesday.");
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "The repair fund ran dry").Speaker);
    }

    [Theory]
    [InlineData("The port will need a new budget by the end of June, Prask said Tuesday in Marlow Bay, noting the deadline in state law.")]
    [InlineData("The port will need a new budget by the end of June, she said in a recorded address to the harbor board.")]
    [InlineData("The port will need a new budget by the end of June, Prask said Wednesday morning on the “Harbor Hour.”")]
    public void A_trailing_cue_followed_by_its_occasion_reports_what_came_before(string sentence)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "The port will need a new budget");
        Assert.Equal("Wendeline Prask", quote.Speaker);
        Assert.DoesNotContain("said", quote.Text, StringComparison.Ordinal);
    }
}
