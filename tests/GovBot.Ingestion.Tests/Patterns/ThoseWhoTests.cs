using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"Those who …" subjects: the people a relative clause defines speak as written. Names are made up.</summary>
public sealed class ThoseWhoTests
{
    [Fact]
    public void Those_who_and_their_clause_are_the_speaker_as_written()
    {
        var analysis = Analyze(
            "The county board met on Tuesday.",
            "Those who attended the hearing said the plan was rushed.",
            "But those who back her rivals say the new ads will backfire on the mayor.");
        Assert.Equal("Those who attended the hearing", QuoteStarting(analysis, "the plan was rushed").Speaker);
        Assert.Equal("those who back her rivals", QuoteStarting(analysis, "the new ads will backfire").Speaker);
    }

    [Fact]
    public void A_name_inside_the_clause_is_not_the_speaker_and_a_speech_verb_inside_it_is_no_cue_of_theirs()
    {
        var analysis = Analyze(
            "The county board met on Tuesday.",
            "Those who backed Ilse Marron said the levy was too high.",
            "Those who say the levy is dead are mistaken, the clerk said.");
        Assert.StartsWith("Those who backed", QuoteStarting(analysis, "the levy was too high").Speaker);
        NoQuoteStarting(analysis, "the levy is dead");
    }
}
