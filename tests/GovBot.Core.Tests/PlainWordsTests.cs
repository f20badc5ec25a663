using GovBot.Core.Text;

namespace GovBot.Core.Tests;

public sealed class PlainWordsTests
{
    [Fact]
    public void An_everyday_phrase_is_put_in_the_record_s_words()
    {
        Assert.Equal("has Putin talked about giving data centers a break?", PlainWords.Rewrite("has Putin talked about giving server farms a break?"));
    }

    [Fact]
    public void A_phrase_that_opens_the_question_keeps_its_capital()
    {
        Assert.Equal("Data centers: who wants them cheaper?", PlainWords.Rewrite("Server farms: who wants them cheaper?"));
    }

    [Theory]
    [InlineData("What did the minister say about servers farming wheat?")]
    [InlineData("Who spoke of serverfarms?")]
    [InlineData("What did Lavrov say about the UN's role in cyberspace?")]
    public void A_question_without_a_whole_everyday_phrase_is_left_as_asked(string question)
    {
        Assert.Null(PlainWords.Rewrite(question));
    }

    [Fact]
    public void The_phrase_may_span_a_line_break_or_several_spaces()
    {
        Assert.Equal("who spoke of data centers?", PlainWords.Rewrite("who spoke of server \n farms?"));
    }

    [Fact]
    public void No_phrase_of_the_record_is_rewritten_again()
    {
        Assert.All(PlainWords.RecordPhrases, phrase => Assert.Null(PlainWords.Rewrite(phrase)));
    }
}
