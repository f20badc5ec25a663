using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Questions and requests reported with "ask": who asked, and who answered; made-up articles.</summary>
public sealed class AskedQuestionTests
{
    [Fact]
    public void An_opening_asked_phrase_is_not_the_answerer_s_words()
    {
        var analysis = Analyze(
            "State Senator Tom Wallace toured the Dayton plant on Friday.",
            "Asked whether he would endorse Kemp in the runoff, Wallace said he had not decided.",
            "When asked about the levy, Wallace said the board would decide in March.");
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "he had not decided").Speaker);
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "the board would decide in March").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("endorse Kemp", StringComparison.Ordinal) || q.Text.Contains("the levy", StringComparison.Ordinal));
    }

    [Fact]
    public void The_subject_of_a_passive_asked_or_told_is_not_the_speaker()
    {
        var analysis = Analyze(
            "State Senator Tom Wallace toured the Dayton plant on Friday.",
            "Wallace was asked whether the new levy would raise property taxes. He said it would not.",
            "Mayor Lina Voss was told that the audit would be late again this year.");
        NoQuoteStarting(analysis, "whether the new levy");
        NoQuoteStarting(analysis, "the audit would be late");
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "it would not").Speaker);
    }

    [Fact]
    public void A_named_asker_s_question_and_request_are_theirs()
    {
        var analysis = Analyze(
            "The forum in Dayton ran late on Thursday.",
            "Radio host Dana Pruitt then asked which counties he could still win.",
            "Mayor Lina Voss asked the county board to delay the vote until the audit is done.",
            "Anchor Mel Ortiz asked a simple question: who will fund the new bridge?");
        Assert.Equal("Dana Pruitt", QuoteStarting(analysis, "which counties he could still win").Speaker);
        var request = QuoteStarting(analysis, "the county board to delay the vote");
        Assert.Equal("Lina Voss", request.Speaker);
        Assert.Equal(QuoteKind.Indirect, request.Kind);
        Assert.Equal("Mel Ortiz", QuoteStarting(analysis, "who will fund the new bridge").Speaker);
    }

    [Fact]
    public void A_request_joined_to_a_reported_clause_stays_part_of_it()
    {
        var analysis = Analyze(
            "The outage hit the Dayton exchange on Friday.",
            "Minister Dana Pruitt told reporters that the ministry would fine the operator and ask it to report on how the outage began.");
        var statement = QuoteStarting(analysis, "the ministry would fine the operator");
        Assert.Equal("Dana Pruitt", statement.Speaker);
        Assert.EndsWith("how the outage began", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_after_a_comma_puts_the_subject_s_question_or_request()
    {
        var analysis = Analyze(
            "State Senator Tom Wallace and Mayor Lina Voss met on Friday.",
            "Voss raised the audit at the forum, asking Wallace why he had blocked the county board.",
            "Wallace emailed his volunteers in Dayton, asking them not to hand out leaflets near the polling stations.");
        Assert.Equal("Lina Voss", QuoteStarting(analysis, "why he had blocked the county board").Speaker);
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "them not to hand out leaflets").Speaker);
    }

    [Fact]
    public void A_question_asked_by_a_named_person_is_theirs_and_the_answer_stays_with_the_one_asked()
    {
        var analysis = Analyze(
            "State Senator Tom Wallace spoke in Dayton on Friday.",
            "Asked by host Dana Pruitt whether he had practiced his speech, Wallace said he had read it once.",
            "On Sunday, Wallace was asked by anchor Mel Ortiz whether his plan matched the mayor's. He said it did not.");
        Assert.Equal("Dana Pruitt", QuoteStarting(analysis, "whether he had practiced his speech").Speaker);
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "he had read it once").Speaker);
        Assert.Equal("Mel Ortiz", QuoteStarting(analysis, "whether his plan matched").Speaker);
        Assert.Equal("Tom Wallace", QuoteStarting(analysis, "it did not").Speaker);
    }
    [Fact]
    public void A_named_asker_s_request_for_a_thing_is_theirs_but_a_request_for_comment_is_not()
    {
        var analysis = Analyze(
            "Attorney General Lyle Brandt took office in 2019.",
            "Once the zoning appeal failed, Lyle Brandt asked the state board for a fresh hearing on the mill.",
            "Brandt first asked for $40 million to rebuild the sea wall.",
            "Lyle Brandt asked for comment from the clerk on the ruling.");
        Assert.Equal("Lyle Brandt", QuoteStarting(analysis, "the state board for a fresh hearing").Speaker);
        Assert.Equal("Lyle Brandt", QuoteStarting(analysis, "for $40 million").Speaker);
        NoQuoteStarting(analysis, "for comment");
    }

    [Fact]
    public void An_occasion_between_the_person_asked_and_the_question_is_skipped()
    {
        var analysis = Analyze(
            "The Carrow Bay harbor board met on Tuesday to hear from residents about the dredging plan. Board chair Tomas Ferreira led the meeting, and fisherman Jonas Albrecht spoke first.",
            "Albrecht asked the board chair during the public comment period whether the silt would be dumped near the oyster beds.");
        var question = QuoteStarting(analysis, "whether the silt would be dumped");
        Assert.Equal("Jonas Albrecht", question.Speaker);
    }

    [Fact]
    public void A_request_joined_to_the_subjects_own_act_is_the_subjects_statement()
    {
        var analysis = Analyze(
            "Marta Quill met the water board on Monday. She held a short hearing and asked the engineers to explain why the pumps had failed twice.");
        Assert.Equal("Marta Quill", QuoteStarting(analysis, "the engineers to explain why").Speaker);
    }
}
