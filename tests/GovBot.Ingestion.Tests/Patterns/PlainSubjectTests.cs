using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>The last pass: a plain noun phrase before a speech verb, when no other pattern reads the sentence; made-up articles.</summary>
public sealed class PlainSubjectTests
{
    private const string Opening = "MARLOW BAY — The port authority voted on the new ferry levy on Monday.";

    [Fact]
    public void A_described_group_speaks_as_written_without_its_relative_clause()
    {
        var analysis = Analyze(Opening,
            "Some of the older ferry crews who remember the last strike have said they will not walk out again.",
            "During the past year, the Brannock sisters say they have watched the ferry fares climb every season.");
        Assert.Equal("Some of the older ferry crews", QuoteStarting(analysis, "they will not walk out again").Speaker);
        Assert.Equal("Brannock sisters", QuoteStarting(analysis, "they have watched the ferry fares").Speaker);
    }

    [Fact]
    public void A_weekday_with_its_part_of_the_day_stands_between_a_name_and_its_verb()
    {
        var analysis = Analyze(Opening, "Dana Ortiz on Tuesday evening said that the levy would double the fares for island families.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the levy would double the fares").Speaker);
    }

    [Theory]
    [InlineData("Ruritania's government said its ferries had been delayed by the same storm.", "its ferries had been delayed")]
    [InlineData("Moscow has repeatedly denied carrying out the attacks on the harbour network.", "carrying out the attacks")]
    [InlineData("Neither commissioner said how the levy would be collected from the island ferries.", "how the levy would be collected")]
    [InlineData("Some of the older harbour pilots wrote the introduction for a new manual on dredging.", "the introduction for a new manual")]
    [InlineData("The repair figures add up to more than the whole harbour budget for the year.", "up to more than")]
    public void A_state_a_negated_subject_or_a_written_thing_is_no_statement(string sentence, string words)
    {
        NoQuoteStarting(Analyze(Opening, sentence), words);
    }

    [Fact]
    public void A_body_s_words_stay_with_the_official_the_article_quotes()
    {
        var analysis = Analyze(Opening,
            "The hospital on the island said it had moved its patients to the mainland before the storm.",
            "\"We will not leave anyone behind on the island,\" said Lena Marsh, the island hospital's director.");
        NoQuoteStarting(analysis, "it had moved its patients");
    }
}
