using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"X said … and added, “…”": the reported words end where the second verb brings a quotation; made-up articles.</summary>
public sealed class JoinedQuoteCueTests
{
    [Fact]
    public void Reported_words_end_before_a_joined_verb_that_brings_a_quotation()
    {
        var analysis = Analyze(
            "Dana Ortiz, the harbour board treasurer, spoke to the crews on Tuesday.",
            "Ortiz told reporters that she agrees the fee is a \"plain tax\" and added, \"the board has never once listened to the crews on the night boats.\"",
            "Ortiz also said the levy would be dropped in spring and claims of a deal were false.");
        Assert.Equal("she agrees the fee is a \"plain tax\"", QuoteStarting(analysis, "she agrees the fee").Text);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the board has never once listened").Speaker);
        Assert.Contains("claims of a deal were false", QuoteStarting(analysis, "the levy would be dropped").Text, StringComparison.Ordinal);
    }
}
