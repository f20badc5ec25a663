using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Participles of speech verbs in the shapes the comma rule misses: after a time conjunction, after an adverb, after a
/// dash, opening the sentence before its subject, and in an aside between a subject and its verb; made-up articles.
/// </summary>
public sealed class ParticipleClauseTests
{
    private const string Opening = "Harbor Commissioner Wendeline Prask toured the flooded pier in Marlow Bay on Monday.";

    [Theory]
    [InlineData("Prask was jeered by the pickets after telling the dock workers that the strike was illegal.", "the strike was illegal")]
    [InlineData("Prask responded by first saying that the strike was illegal under state law.", "the strike was illegal")]
    [InlineData("Prask praised the workers, while also saying that the strike was illegal under state law.", "the strike was illegal")]
    [InlineData("Prask says she cannot tell the two unions apart - noting that the strike was illegal under state law.", "the strike was illegal")]
    public void A_participle_shares_the_sentence_subject(string sentence, string content)
    {
        Assert.Equal("Wendeline Prask", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Theory]
    [InlineData("While insisting that she respects the dock unions, Prask continued to question their leaders.")]
    [InlineData("Since announcing in May that she respects the dock unions, Prask has met their leaders twice.")]
    public void A_participle_opening_the_sentence_belongs_to_the_subject_after_its_comma(string sentence)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "she respects the dock unions");
        Assert.Equal("she respects the dock unions", quote.Text);
        Assert.Equal("Wendeline Prask", quote.Speaker);
    }

    [Fact]
    public void A_participle_aside_between_subject_and_verb_ends_at_its_comma()
    {
        var quote = QuoteStarting(Analyze(Opening, "Prask, after initially saying she would not endorse the levy, changed course in May."), "she would not endorse");
        Assert.Equal("she would not endorse the levy", quote.Text);
        Assert.Equal("Wendeline Prask", quote.Speaker);
    }

    [Fact]
    public void A_capitalised_participle_opening_the_sentence_and_the_main_clause_s_own_cue()
    {
        var analysis = Analyze(Opening, "Noting that only one councillor voted for the levy, Prask said the bill was dead.");
        var noted = QuoteStarting(analysis, "only one councillor voted");
        Assert.Equal("only one councillor voted for the levy", noted.Text);
        Assert.Equal("Wendeline Prask", noted.Speaker);
        Assert.Equal("Wendeline Prask", QuoteStarting(analysis, "the bill was dead").Speaker);
    }
}
