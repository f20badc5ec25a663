using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A named subject behind a description, an opener or a comparison, and the cue after "continued to"; made-up articles.</summary>
public sealed class ParticipleSubjectTests
{
    private const string Opening = "Harbour master Ilse Vorn and Councillor Piet Aarle spoke at the Tarnby ferry hearing on Monday.";

    [Fact]
    public void A_name_set_off_after_a_possessive_description_is_the_subject()
    {
        var analysis = Analyze(Opening,
            "Tarnby’s harbour master, Ilse Vorn, rejected the dredging bid on Monday, arguing the contractor had underpriced the silt removal.");
        Assert.Equal("Ilse Vorn", QuoteStarting(analysis, "the contractor had underpriced").Speaker);
    }

    [Fact]
    public void Words_that_only_open_the_sentence_are_passed_over()
    {
        var analysis = Analyze(Opening,
            "And even Aarle tried to calm the crowd, noting that the north berths would reopen by spring.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "the north berths would reopen").Speaker);
    }

    [Fact]
    public void A_comparison_inside_the_clause_does_not_hide_its_subject()
    {
        var analysis = Analyze(Opening,
            "Later that evening, Aarle was every bit as sharp, claiming that the ferry operator had hidden its repair bills.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "the ferry operator had hidden").Speaker);
    }

    [Fact]
    public void A_possessive_before_the_comparison_is_not_the_subject()
    {
        var analysis = Analyze(Opening,
            "On Tuesday, Vorn’s two deputies were every bit as cautious, saying the ferry timetable would need another review.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Ilse Vorn" && q.Text.StartsWith("the ferry timetable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_adverb_is_no_name_before_an_appositive()
    {
        var analysis = Analyze(Opening,
            "Moreover, Ilse Vorn, the harbour master of Tarnby since 2019, noted this week that the ferry berths had not been dredged in a decade.");
        Assert.Equal("Ilse Vorn", QuoteStarting(analysis, "the ferry berths had not been dredged").Speaker);
    }

    [Fact]
    public void The_speech_verb_after_continued_to_is_the_cue()
    {
        var analysis = Analyze(Opening,
            "Even after the minutes were published, Aarle continued to say that nobody had shown him the dredging contract.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "nobody had shown him the dredging contract").Speaker);
        NoQuoteStarting(analysis, "Even after the minutes");
    }

    [Fact]
    public void A_name_and_its_aside_after_an_opening_phrase_is_the_subject()
    {
        var analysis = Analyze(Opening,
            "At the evening session, Aarle, the ferry union's longtime treasurer, likened the board to a leaking hull, telling it in plain words that the fares had to fall.");
        Assert.Equal("Piet Aarle", QuoteStarting(analysis, "the fares had to fall").Speaker);
    }
}
