using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A named subject set apart from its speech verb by a long aside; made-up articles.</summary>
public sealed class LongAsideTests
{
    [Fact]
    public void A_name_before_an_aside_between_dashes_speaks()
    {
        var analysis = Analyze(
            "Voters lined up early in Dover on Tuesday.",
            "Jared Pellman — a nurse at the county hospital — says the new shift rules will drive staff away.");
        var quote = QuoteStarting(analysis, "the new shift rules will drive");
        Assert.Equal("Jared Pellman", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_name_before_an_appositive_with_its_own_relative_clause_speaks()
    {
        var analysis = Analyze(
            "The tariffs take effect in March.",
            "Edwin Marsh, a clerk at the Pine County Port Authority, which lost its director in May, said the new tariffs would empty the docks by autumn.");
        Assert.Equal("Edwin Marsh", QuoteStarting(analysis, "the new tariffs would empty").Speaker);
    }

    [Fact]
    public void A_name_inside_the_aside_does_not_take_the_words_from_the_name_that_opens_the_sentence()
    {
        var analysis = Analyze(
            "The hearing ran late on Monday.",
            "Sen. Carla Brandt, D-Ore., speaking to students at a community college in Salem, said the loan program needed a cap on interest.");
        Assert.Equal("Carla Brandt", QuoteStarting(analysis, "the loan program needed a cap").Speaker);
    }
}
