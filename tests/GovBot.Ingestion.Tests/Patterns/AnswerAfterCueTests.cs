using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A one-word answer after the cue, and a question put to the subject: neither makes the words before the cue theirs. All names are made up.</summary>
public sealed class AnswerAfterCueTests
{
    [Fact]
    public void The_words_before_a_cue_answered_yes_or_no_are_not_the_answer()
    {
        var analysis = Analyze(
            "The harbour board met on Monday.",
            "In the survey of boat owners, Dana Ortiz said yes.");
        NoQuoteStarting(analysis, "In the survey");
    }

    [Fact]
    public void A_question_put_to_the_subject_is_not_their_statement()
    {
        var analysis = Analyze(
            "Dana Ortiz spoke to the harbour board on Monday.",
            "Asked if she had ever sailed the new route, the harbour commissioner said no.");
        NoQuoteStarting(analysis, "Asked if she had ever sailed");
    }
}
