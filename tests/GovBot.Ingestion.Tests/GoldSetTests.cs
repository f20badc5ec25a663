using GovBot.Ingestion;
using GovBot.Ingestion.Evaluation;
using GovBot.Tests.Shared;

namespace GovBot.Ingestion.Tests;

/// <summary>Extraction quality on the gold set must not fall below the targets: a regression fails the build.</summary>
public sealed class GoldSetTests
{
    private static readonly IReadOnlyList<EvaluationReport> Reports = new GoldEvaluator(new ArticleAnalyzer()).Evaluate(RepoPaths.Gold, [0.3, 0.8]);
    private static EvaluationReport At30 => Reports[0];

    [Fact]
    public void The_gold_set_has_at_least_thirty_documents() => Assert.True(At30.Documents >= 30, $"{At30.Documents} documents");

    [Fact]
    public void Quote_F1_at_30_percent_is_at_least_0_92() => Assert.True(At30.All.F1 >= 0.92, At30.ToString());

    [Fact]
    public void News_articles_alone_reach_the_quote_target() => Assert.True(At30.ByDocumentKind["news"].F1 >= 0.92, At30.ToString());

    [Fact]
    public void Indirect_speech_F1_is_at_least_0_85() => Assert.True(At30.Indirect.F1 >= 0.85, At30.ToString());

    [Fact]
    public void Speaker_accuracy_on_matched_quotes_is_at_least_0_92() => Assert.True(At30.SpeakerAccuracy >= 0.92, At30.ToString());

    [Fact]
    public void Title_organisation_and_country_are_each_at_least_0_85()
    {
        Assert.True(At30.TitleAccuracy >= 0.85, At30.ToString());
        Assert.True(At30.OrganizationAccuracy >= 0.85, At30.ToString());
        Assert.True(At30.CountryAccuracy >= 0.85, At30.ToString());
    }

    [Fact]
    public void Quotes_at_80_percent_coverage_stay_high() => Assert.True(Reports[1].All.F1 >= 0.90, Reports[1].ToString());
}
