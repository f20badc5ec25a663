using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Quotations opened with a straight mark and closed with a curly one, as careless editing leaves them; made-up articles.</summary>
public sealed class MixedQuoteMarkTests
{
    [Fact]
    public void A_straight_opening_mark_closes_at_a_curly_closing_mark()
    {
        var analysis = Analyze(
            "Two ferry captains spoke at the Carrow Bay harbor board on Tuesday.",
            "The first, Nadia Osterhaus, said she backed the dredging plan. \"I prefer the cheaper route,” she said, noting she had sailed the bay for thirty years.",
            "The second, Pavel Lindqvist, disagreed. \"The cheap route floods every winter,\" he said.");
        var first = QuoteStarting(analysis, "I prefer the cheaper route");
        Assert.Equal("I prefer the cheaper route", first.Text.TrimEnd(','));
        Assert.Equal("Nadia Osterhaus", first.Speaker);
        Assert.Equal("Pavel Lindqvist", QuoteStarting(analysis, "The cheap route floods").Speaker);
    }

    [Fact]
    public void A_closing_mark_that_opens_a_paragraph_opens_its_quotation()
    {
        var analysis = Analyze(
            "Kell Vorn and Ada Kirst posted on the harbour board's page on Sunday.",
            "\u202A”The levy is fair and the crews know it. We will keep the ferries running,” wrote Kell Vorn.",
            "”The board has to listen to the crews, and it has to do so before the vote,” said Ada Kirst.",
            "” … and the ferries,” she added after a pause.");
        Assert.Equal("Kell Vorn", QuoteStarting(analysis, "The levy is fair").Speaker);
        Assert.Equal("Ada Kirst", QuoteStarting(analysis, "The board has to listen").Speaker);
    }
}
