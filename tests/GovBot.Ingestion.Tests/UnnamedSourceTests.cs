using GovBot.Core.Analysis;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests;

/// <summary>An unnamed source introduced with "a", "one" or "another" is a new voice, not the next person the text names.</summary>
public sealed class UnnamedSourceTests
{
    [Fact]
    public void An_indefinite_description_without_a_country_stays_an_unnamed_speaker()
    {
        var analysis = Analyze(
            "Two ferry operators called off their merger on Friday, citing the new port fees.",
            "A Treasury spokesman said the department never discusses a single company's filings. In a call last week, Treasury Secretary Jonah Lewin admitted the fees had gaps.");
        var quote = Assert.Single(analysis.Quotes, q => q.Text.Contains("never discusses", StringComparison.Ordinal));
        Assert.Equal("treasury spokesman", quote.Speaker);
    }

    [Fact]
    public void A_spokesman_for_a_named_person_is_neither_that_person_nor_the_last_speaker()
    {
        var analysis = Analyze(
            "\"I am a unifier, unlike the people in charge,\" candidate Dale Hartigan said on Monday.",
            "Prime Minister Colin Ashby declined to meet him during the visit.",
            "Ashby's spokesman said the prime minister had nothing to add to his radio interview.");
        var quote = Assert.Single(analysis.Quotes, q => q.Text.Contains("nothing to add", StringComparison.Ordinal));
        Assert.Equal("ashby's spokesman", quote.Speaker);
    }

    [Fact]
    public void A_news_agency_named_after_an_office_word_is_a_body_not_a_person()
    {
        var analysis = Analyze(
            "\"We will take this all the way to the convention,\" candidate Dale Hartigan said on Monday.",
            "According to the Associated Press, 212 of the 340 county chairs backed his rival, with about 40 still undecided.");
        var quote = Assert.Single(analysis.Quotes, q => q.Text.Contains("county chairs", StringComparison.Ordinal));
        Assert.Equal("Associated Press", quote.Speaker);
    }
}
