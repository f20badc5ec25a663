using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// The last pass over sentences every pattern left empty: a speech verb whose subject is plainly a person or a described
/// group of people, and nothing less certain. Made-up articles.
/// </summary>
public sealed class BareCueTests
{
    [Fact]
    public void A_named_person_in_a_clause_after_the_sentence_subject_is_the_speaker()
    {
        var analysis = Analyze(
            "Harbour master Ilse Vorn and ferry captain Dale Ortiz met the island council on Monday.",
            "The council issued a note of thanks after Ilse Vorn told a packed hall in Tarnby on Monday that the winter timetable would stay.");
        var said = QuoteStarting(analysis, "the winter timetable would stay");
        Assert.Equal("Ilse Vorn", said.Speaker);
        Assert.Equal(QuoteKind.Indirect, said.Kind);
    }

    [Fact]
    public void Described_groups_of_people_speak_past_what_describes_them()
    {
        var analysis = Analyze(
            "The island council voted on Monday to close the north dock for the winter.",
            "Retired ferry inspectors with years on the mainland route and with no stake in the vote said closing the dock was overdue.",
            "Skipper Brandt and others who oppose the night crossings said the ruling settles nothing for the crews.",
            "A spokesman for the ferry union defended the planned route and said the crews had trained for months.");
        Assert.Equal("Retired ferry inspectors", QuoteStarting(analysis, "closing the dock was overdue").Speaker);
        Assert.Equal("Skipper Brandt and others", QuoteStarting(analysis, "the ruling settles nothing").Speaker);
        // The coordinated verb shares the described subject, written the way a role reads.
        Assert.Equal("ferry union spokesman", QuoteStarting(analysis, "the crews had trained for months").Speaker);
    }

    [Fact]
    public void Nouns_and_hedges_are_no_statements()
    {
        var analysis = Analyze(
            "Harbour master Ilse Vorn met the island council on Monday.",
            "Her group is now preparing a collective claim for damages on behalf of about 2,000 ferry passengers.",
            "Whether the new timetable will be enough to win back the island's commuters is hard to say this early in the season.",
            "Editor's note: this story was updated on Tuesday with the council's final vote count.");
        NoQuoteStarting(analysis, "for damages on behalf");
        NoQuoteStarting(analysis, "this early in the season");
        NoQuoteStarting(analysis, "this story was updated");
    }

    [Fact]
    public void A_body_is_left_to_the_patterns_even_when_its_name_reads_like_a_person()
    {
        var analysis = Analyze(
            "The island council voted on Monday to close the north dock for the winter.",
            "Island mobile carrier Tarnby Mobile says personal data of up to 4,000 passengers may have been exposed in the booking outage.");
        NoQuoteStarting(analysis, "personal data of up to 4,000 passengers");
    }

    [Fact]
    public void A_cue_before_a_quotation_and_a_participle_after_a_comma_report_nothing_of_their_own()
    {
        var analysis = Analyze(
            "Harbour master Ilse Vorn spoke at the reopening of the north dock on Friday.",
            "In marking the hundredth year of the island ferry, when the first boat crossed in a storm, Ilse Vorn said,",
            "\"We are ready to sail through any winter the sea sends us, and we hope the mainland will sail with us.\"",
            "For all members of the Island Ferry League, keeping the night crossing is a point of no return.");
        NoQuoteStarting(analysis, "In marking the hundredth year");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("point of no return", StringComparison.Ordinal));
    }
}
