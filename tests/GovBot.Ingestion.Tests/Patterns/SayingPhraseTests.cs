using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A speech verb hanging on another verb without a comma shares its subject; made-up articles.</summary>
public sealed class SayingPhraseTests
{
    [Fact]
    public void By_saying_and_a_statement_saying_give_the_words_to_the_sentence_s_subject()
    {
        var analysis = Analyze(
            "The Millbrook council met on Monday night.",
            "Councilwoman Dana Ortiz responded by saying the city should be careful not to raise fares again.",
            "Mayor Carl Benning issued a statement saying that the pool would reopen once the repairs pass inspection.",
            "Treasurer Ruth Okafor sent an email Wednesday saying that the budget can still be balanced.");
        var responded = QuoteStarting(analysis, "the city should be careful");
        Assert.Equal("Dana Ortiz", responded.Speaker);
        Assert.Equal(QuoteKind.Indirect, responded.Kind);
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "the pool would reopen").Speaker);
        Assert.Equal("Ruth Okafor", QuoteStarting(analysis, "the budget can still be balanced").Speaker);
    }

    [Fact]
    public void Went_on_to_say_continues_the_speaker()
    {
        var analysis = Analyze(
            "Councilwoman Dana Ortiz spoke for an hour on Monday.",
            "She went on to say that the levee plan was the best the city could afford.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the levee plan was the best").Speaker);
    }
}
