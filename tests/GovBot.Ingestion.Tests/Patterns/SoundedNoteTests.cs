using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"sounded a wary note on …": the subject of the note is the speaker's statement; made-up articles.</summary>
public sealed class SoundedNoteTests
{
    private const string Opening = "Ines Vallder, the chief economist of the Korsgaard Savings Bank, spoke at a lunch in Halvik.";

    [Theory]
    [InlineData("Vallder sounded a wary note on the quarterly housing figures.", "the quarterly housing figures")]
    [InlineData("Vallder sounded a hopeful note on the talks over the new fishing quota.", "the talks over the new fishing quota")]
    public void What_a_note_is_sounded_about_is_the_statement(string sentence, string content)
    {
        Assert.Equal("Ines Vallder", QuoteStarting(Analyze(Opening, sentence), content).Speaker);
    }

    [Fact]
    public void A_note_that_is_no_tone_of_speech_is_not_read()
    {
        var analysis = Analyze(Opening, "Vallder sounded out the board about the quarterly housing figures.");
        NoQuoteStarting(analysis, "the quarterly housing figures");
    }
}
