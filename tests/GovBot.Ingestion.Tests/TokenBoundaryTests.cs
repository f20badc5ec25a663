using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests;

/// <summary>
/// Word boundaries the hand-written tokenizer must draw as readers do: dotted acronyms, initials and titles keep their
/// dots, hyphenated and accented names stay one word, and a quotation ends where its marks do; made-up articles.
/// </summary>
public sealed class TokenBoundaryTests
{
    private const string Opening = "PORT ELLIS — The harbour board met on Monday to discuss the dredging contract.";

    [Fact]
    public void Dotted_acronyms_and_initials_do_not_end_the_speaker_s_name()
    {
        var analysis = Analyze(Opening, "\"The dredging must wait for the survey,\" said U.S. Harbor Master Thomas J. Whitmore.");
        Assert.Equal("Thomas J. Whitmore", QuoteStarting(analysis, "The dredging must wait").Speaker);
    }

    [Fact]
    public void A_hyphenated_surname_with_an_accent_written_as_a_combining_mark_is_one_name()
    {
        // "Jose\u0301" is "José" with the accent typed as a combining mark after the e.
        var analysis = Analyze(Opening, "\"We will not pay twice for the same channel,\" said Jose\u0301 Ruiz-Ortega, the board's treasurer.");
        Assert.Equal("Jose\u0301 Ruiz-Ortega", QuoteStarting(analysis, "We will not pay twice").Speaker);
    }

    [Fact]
    public void Apostrophes_inside_words_do_not_split_them_and_the_title_keeps_its_dot()
    {
        var analysis = Analyze(Opening, "Mr. O'Donnell said the board didn't consult the ferry crews before signing the contract.");
        var statement = QuoteStarting(analysis, "the board didn't consult the ferry crews");
        Assert.Equal("O'Donnell", statement.Speaker);
    }
}
