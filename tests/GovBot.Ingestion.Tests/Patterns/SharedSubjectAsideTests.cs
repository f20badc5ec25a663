using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A second verb shares the subject of its sentence even when an appositive follows that subject. Names are made up.</summary>
public sealed class SharedSubjectAsideTests
{
    [Fact]
    public void A_speech_verb_after_and_shares_a_subject_set_off_by_an_appositive()
    {
        var analysis = Analyze(
            "The county board met on Tuesday.",
            "Dale Varga, a retired ferry captain, joined the harbor board and said he would vote against the levy.");
        Assert.Equal("Dale Varga", QuoteStarting(analysis, "he would vote against").Speaker);
    }
}
