using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>
/// A speech participle that shares its clause's subject after a dash, a closed quotation, "while" or "before", and the
/// participles of "tell" and "write"; made-up articles.
/// </summary>
public sealed class ParticipleJoinTests
{
    private const string Opening = "Senator Marla Trevin spoke to dock workers in Marlow Bay on Monday.";

    [Theory]
    [InlineData("Trevin hailed the vote to leave the pact as “a fine result,” telling reporters on Friday that she thinks the exit will help the port.")]
    [InlineData("Trevin sharpened her tone on Tuesday, telling a local radio station that she thinks the exit will help the port.")]
    [InlineData("Trevin changed her mind on the spot – saying she thinks the exit will help the port after all.")]
    [InlineData("Trevin gave a guarded assessment of the deal, while saying that she thinks the exit will help the port.")]
    [InlineData("Trevin made a third attempt to end the dispute, writing on Twitter that she thinks the exit will help the port.")]
    [InlineData("Trevin would not name a winner - only saying that she thinks the exit will help the port.")]
    [InlineData("Trevin dodged a question about the budget, simply saying she thinks the exit will help the port.")]
    public void The_participle_shares_the_subject_of_its_clause(string sentence)
    {
        Assert.Equal("Marla Trevin", QuoteStarting(Analyze(Opening, sentence), "she thinks the exit will help").Speaker);
    }
}
