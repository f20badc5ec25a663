using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Named subjects after a dash or a dateline, after a short phrase of time, and before a part of the day; made-up articles.</summary>
public sealed class MentionSubjectTests
{
    [Fact]
    public void A_name_after_a_glued_dash_or_a_dateline_opens_its_clause()
    {
        var analysis = Analyze(
            "Her stance on the ferry levy at the spring council session in Harwick -Mrs. Okonjo said she would veto any rise in the fare-is likely to come up again.",
            "Mar 3 (Coastwire) - Harbor Commissioner Tomas Belo on Tuesday said that the southern berths would close for a week of repairs.");
        Assert.EndsWith("Okonjo", QuoteStarting(analysis, "she would veto any rise").Speaker ?? "", StringComparison.Ordinal);
        Assert.Equal("Tomas Belo", QuoteStarting(analysis, "the southern berths would close").Speaker);
    }

    [Fact]
    public void A_dash_aside_around_the_cue_is_not_a_clause_opener()
    {
        var analysis = Analyze("The plan to lease the quay — Tomas Belo said — was never put to the harbor board.");
        NoQuoteStarting(analysis, "said — was never put");
    }

    [Fact]
    public void A_short_phrase_of_time_before_the_cue_is_no_statement()
    {
        var analysis = Analyze(
            "The harbor board planned a fund-raiser for Thursday night.",
            "Hours later, Velnor said the event was off.",
            "Two days afterwards, Mayor Ines Kato said the dinner was off too.");
        Assert.Equal("Velnor", QuoteStarting(analysis, "the event was off").Speaker);
        Assert.Equal("Ines Kato", QuoteStarting(analysis, "the dinner was off").Speaker);
        NoQuoteStarting(analysis, "Hours later");
        NoQuoteStarting(analysis, "Two days afterwards");
    }

    [Fact]
    public void A_part_of_the_day_after_a_weekday_sits_between_the_name_and_its_verb()
    {
        var analysis = Analyze("Port authority spokesman Ed Marsh on Thursday evening said the board was not in any crisis over the levy.");
        Assert.Equal("Ed Marsh", QuoteStarting(analysis, "the board was not in any crisis").Speaker);
    }

    [Fact]
    public void Sentence_openers_before_a_name_leave_it_the_subject()
    {
        var analysis = Analyze("Still, even Mr. Varga says the delay to the quay repairs was sensible.");
        Assert.Equal("Varga", QuoteStarting(analysis, "the delay to the quay repairs").Speaker);
    }

    [Fact]
    public void A_second_verb_shares_the_subject_after_an_opening_phrase()
    {
        var analysis = Analyze("Walking along the quay, Tilde Moreau recalled her years as a ferry captain, and said the port had changed beyond recognition.");
        Assert.Equal("Tilde Moreau", QuoteStarting(analysis, "the port had changed").Speaker);
    }

    [Fact]
    public void A_name_before_its_body_and_place_is_the_subject()
    {
        var analysis = Analyze("A retired pilot, Ole Brandt of the Harbor Pilots Guild in Dover, said the new buoys were badly placed.");
        Assert.Equal("Ole Brandt", QuoteStarting(analysis, "the new buoys were badly placed").Speaker);
    }

    [Fact]
    public void A_name_after_and_that_closes_a_clause_of_its_own_opens_a_second_clause()
    {
        var analysis = Analyze(
            "Ivo Brill is the ferry company's lawyer.",
            "The harbor master was absent from the hearing and Brill said the board had ignored three safety reports.");
        Assert.Equal("Ivo Brill", QuoteStarting(analysis, "the board had ignored three safety reports").Speaker);
    }

    [Fact]
    public void A_role_then_the_and_an_honorific_describe_the_named_subject()
    {
        var analysis = Analyze("Diocese spokesman the Rev. Tomas Belo told reporters on Friday that the bishop would not attend the ferry blessing.");
        Assert.Equal("Tomas Belo", QuoteStarting(analysis, "the bishop would not attend").Speaker);
    }

    [Fact]
    public void Lower_case_words_describing_the_subject_leave_it_the_subject_of_a_second_verb()
    {
        var analysis = Analyze("In Harwick, the county Labour Chairman Carl Benning refused to name the candidates but said two of them backed the ferry levy.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "two of them backed").Speaker);
    }
}
