using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Names whose accented letters archive text keeps as UTF-8 read as Latin-1 ("Ã±" for "ñ"), composed or decomposed:
/// the name stays one word and its bearer the speaker. Made-up articles.
/// </summary>
public sealed class GarbledNameTests
{
    [Fact]
    public void A_garbled_accent_stays_inside_the_name()
    {
        var analysis = Analyze(
            "The island ferry board met on Monday to discuss the winter timetable.",
            "Dario Pe\u00C3\u00B1aranda said that crossings from the outer islands peaked ten years ago.",
            "Lotte Kr\u00C3\u0083mer, chair of the Tarnby Pilots Guild, argued that the port could bear the cost of dredging.",
            "Ines Vald\u0041\u0303\u00A1s said the board must answer the pilots before the vote.");
        Assert.Equal("Dario Pe\u00C3\u00B1aranda", QuoteStarting(analysis, "crossings from the outer islands").Speaker);
        Assert.Equal("Lotte Kr\u00C3\u0083mer", QuoteStarting(analysis, "the port could bear the cost").Speaker);
        Assert.Equal("Ines Vald\u0041\u0303\u00A1s", QuoteStarting(analysis, "the board must answer the pilots").Speaker);
    }
}
