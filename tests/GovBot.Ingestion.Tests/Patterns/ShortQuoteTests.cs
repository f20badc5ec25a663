using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Quotations of one to three words with their cue right beside them; made-up articles.</summary>
public sealed class ShortQuoteTests
{
    [Fact]
    public void A_short_quotation_with_its_cue_beside_it_is_a_statement()
    {
        var analysis = Analyze(
            "Transit director Lena Kovacs rode the new tram line on Thursday.",
            "\"Absolutely not,\" she said of the idea of raising fares this year.",
            "\"It was overdue,\" said Kovacs, pointing at the rebuilt platform.",
            "Asked by a rider whether the line would reach the airport, Kovacs said, \"Eventually.\"",
            "\"We cannot promise a date for the bridge stop,\" Kovacs said on Friday, though she later said, \"Maybe by spring.\"");
        var refusal = QuoteStarting(analysis, "Absolutely not");
        Assert.Equal("Lena Kovacs", refusal.Speaker);
        Assert.Equal(QuoteKind.Direct, refusal.Kind);
        Assert.Equal("Lena Kovacs", QuoteStarting(analysis, "It was overdue").Speaker);
        Assert.Equal("Lena Kovacs", QuoteStarting(analysis, "Eventually").Speaker);
        Assert.Equal("Lena Kovacs", QuoteStarting(analysis, "Maybe by spring").Speaker);
    }

    [Fact]
    public void A_short_quoted_phrase_without_a_cue_beside_it_is_no_statement()
    {
        var analysis = Analyze(
            "Transit director Lena Kovacs rode the new tram line on Thursday.",
            "Riders have called the old platform a \"death trap\" for years, and the council called the delay \"a disgrace.\"",
            "\"Finally here.\" The banner hung over the station all week.");
        NoQuoteStarting(analysis, "death trap");
        NoQuoteStarting(analysis, "a disgrace");
        NoQuoteStarting(analysis, "Finally here");
    }

    [Fact]
    public void A_short_quotation_in_doubled_apostrophes_after_a_gesture_or_an_apposition_is_a_statement()
    {
        var analysis = Analyze(
            "The Aldwick Port Authority kept its berth fees unchanged on Wednesday.",
            "Asked whether the authority would sell the old grain pier, the chairwoman, Greta Voss, said, ''No.''",
            "Asked about the ferry levy, Voss frowned at him and said, ''Never.''");
        Assert.Equal("Greta Voss", QuoteStarting(analysis, "No.").Speaker);
        Assert.Equal("Greta Voss", QuoteStarting(analysis, "Never").Speaker);
    }
}
