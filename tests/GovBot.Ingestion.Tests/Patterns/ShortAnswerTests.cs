using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Quotations of one to three words that open a sentence and carry a cue of their own; made-up articles.</summary>
public sealed class ShortAnswerTests
{
    [Fact]
    public void A_short_answer_before_its_cue_is_a_statement()
    {
        var analysis = Analyze(
            "Harbor master Lucia Brandtner toured the flooded quay at Carrow Bay on Friday.",
            "Asked whether the quay would reopen before the regatta, Brandtner paused. \"Absolutely not,\" she said of the September date.");
        var answer = QuoteStarting(analysis, "Absolutely not");
        Assert.Equal("Lucia Brandtner", answer.Speaker);
        Assert.Equal(QuoteKind.Direct, answer.Kind);
    }

    [Fact]
    public void A_short_phrase_inside_a_sentence_stays_a_mention()
    {
        var analysis = Analyze(
            "Harbor master Lucia Brandtner toured the flooded quay at Carrow Bay on Friday.",
            "The dock workers call the new crane \"the giraffe,\" and Brandtner said it would be moved next week.");
        NoQuoteStarting(analysis, "the giraffe");
    }
}
