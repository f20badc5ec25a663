using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// Named subjects of reported speech behind descriptions and asides: words describing the person before the name, a name
/// in apposition after a description, asides with abbreviations or a quotation, an opening adverb; made-up articles.
/// </summary>
public sealed class ReportedSubjectTests
{
    private const string Opening = "The harbor board met in Marlow Bay on Monday to vote on the repair budget.";

    [Theory]
    [InlineData("Dutch journalist and author Marit Velsen said the vote was rushed through without a proper hearing.", "Marit Velsen")]
    [InlineData("The board's spokesman Edmar Kolt said the vote was rushed through without a proper hearing.", "Edmar Kolt")]
    [InlineData("At a rally on Sunday, the party's longtime treasurer Edmar Kolt said the vote was rushed through without a proper hearing.", "Edmar Kolt")]
    [InlineData("Board candidates Edmar Kolt and Marit Velsen say the vote was rushed through without a proper hearing.", "Marit Velsen")]
    public void Words_describing_the_person_before_the_name(string sentence, string speaker)
    {
        var quote = QuoteStarting(Analyze(Opening, sentence), "the vote was rushed through");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_clause_without_its_own_subject_is_not_reported_speech()
    {
        var analysis = Analyze(Opening, "Repairs the board's treasurer Edmar Kolt said would cost millions were delayed again until the spring.");
        NoQuoteStarting(analysis, "would cost");
    }

    [Theory]
    [InlineData("Pavel Drummond, a crane operator from Carthage, Mo., who chairs the dockworkers' local, said the vote was rushed through.", "Pavel Drummond")]
    [InlineData("Brianne Walcott, 29, of Huntsville, Ala., says the vote was rushed through without a hearing.", "Brianne Walcott")]
    [InlineData("Humbert Lasko, who calls the board a “rubber stamp,” said the vote was rushed through without a hearing.", "Humbert Lasko")]
    [InlineData("One of the authors of the 2019 port report, Arvid Fleckmann, said the vote was rushed through without a hearing.", "Arvid Fleckmann")]
    [InlineData("Similarly, Warrick J. Benning, a former harbor commissioner, said the vote was rushed through without a hearing.", "Warrick J. Benning")]
    [InlineData("Rep. Tomas Colewell of Oklahoma, an ally of the board's chairman, said the vote was rushed through without a hearing.", "Tomas Colewell")]
    public void A_long_aside_or_an_appositive_between_the_name_and_the_verb(string sentence, string speaker)
    {
        Assert.Equal(speaker, QuoteStarting(Analyze(Opening, sentence), "the vote was rushed through").Speaker);
    }

    [Fact]
    public void A_trailing_cue_whose_subject_is_described_before_the_name()
    {
        var analysis = Analyze(Opening, "Two of the cranes were also damaged in the storm, harbor spokesman Edmar Kolt said.");
        Assert.Equal("Edmar Kolt", QuoteStarting(analysis, "Two of the cranes were also damaged").Speaker);
    }
}
