using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A named subject shared by a second verb ("… but has since said"), or set apart from its verb by a long aside; made-up articles.</summary>
public sealed class NamedSubjectTests
{
    private const string Opening = "Harbour master Ilse Vorn and Councillor Piet Aarle spoke at the Tarnby ferry hearing on Monday.";

    [Fact]
    public void A_second_verb_after_but_has_since_shares_the_named_subject()
    {
        var analysis = Analyze(Opening,
            "Aarle had backed the ferry levy for years but has since said the levy should be halved for island residents.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "the levy should be halved").Speaker);
    }

    [Fact]
    public void A_hyphen_with_spaces_around_it_sets_off_an_aside_like_a_dash()
    {
        var analysis = Analyze(Opening,
            "Vorn - who had backed the ferry levy until the spring - said that the levy should now be dropped for island pensioners.");
        Assert.Equal("Ilse Vorn", QuoteStarting(analysis, "the levy should now be dropped").Speaker);
    }

    [Fact]
    public void A_short_opening_phrase_may_stand_before_the_name_and_its_aside()
    {
        var analysis = Analyze(Opening,
            "In a phone interview from the quay, Aarle - a ferry pilot for twenty years before he was elected - told the Tarnby Courier that the timetable was unworkable.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "the timetable was unworkable").Speaker);
    }

    [Fact]
    public void A_quotation_inside_the_aside_leaves_the_verb_to_its_own_speaker()
    {
        var analysis = Analyze(Opening,
            "In private, Aarle - never one to hide his temper - has been \"furious about the levy,\" said a harbour clerk who sat in on the meeting.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Piet Aarle" && q.Text.Contains("harbour clerk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_s_description_before_the_set_off_name_gives_the_speaker_that_country()
    {
        var analysis = Analyze(Opening,
            "Norway's envoy, Maren Tollefsen, a senior adviser at the ferry directorate, welcomed the plan but noted that the funding was too thin.");
        Assert.Equal("Maren Tollefsen", QuoteStarting(analysis, "the funding was too thin").Speaker);
        Assert.Equal("Norway", Assert.Single(analysis.Speakers, s => s.Name == "Maren Tollefsen").Country);
    }
}
