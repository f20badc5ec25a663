using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// A note to the reader at the top of an article ("Editor’s Note: …") is no speaker's label: the article stays news and its
/// reported speech is found. Made-up articles.
/// </summary>
public sealed class ReaderNoteTests
{
    [Fact]
    public void An_editors_note_does_not_make_the_article_a_statement()
    {
        var analysis = Analyze(
            "Editor’s Note: This is the second of three chapters taken from a new book by former harbour master Dale Vorn.",
            "Then Ortiz exposed the port board’s tactics in front of the whole council.",
            "“Chair,” Ortiz said, “I have not seen a levy like this in thirty years on the water.”",
            "Reluctantly, Ortiz said she had come to the conclusion that the dredging levy was dead.");
        Assert.Equal(ArticleKind.News, analysis.Kind);
        Assert.Equal("Ortiz", QuoteStarting(analysis, "she had come to the conclusion").Speaker);
        Assert.Equal("Ortiz", QuoteStarting(analysis, "I have not seen a levy like this").Speaker);
    }

    [Fact]
    public void A_sentence_adverb_is_no_part_of_the_name_after_it()
    {
        var analysis = Analyze(
            "The island council voted on Monday to close the north dock for the winter.",
            "Even Lotte Brandvik, who chaired the board for a decade, said the ruling left the ferry crews no choice.",
            "Then Brandvik said the crews had trained for months.");
        Assert.Equal("Lotte Brandvik", QuoteStarting(analysis, "the ruling left the ferry crews").Speaker);
        Assert.Equal("Lotte Brandvik", QuoteStarting(analysis, "the crews had trained for months").Speaker);
    }
}
