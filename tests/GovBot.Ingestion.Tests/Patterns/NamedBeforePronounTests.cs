using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Whom "he" or "she" stands for when nobody has spoken yet: the person the text last spoke of, never a place. All names are made up.</summary>
public sealed class NamedBeforePronounTests
{
    private static readonly string[] TownHall =
    [
        "DERRY - Tobin Reyes and Mara Quill met voters on Wednesday, six days before New Hampshire votes.",
        "Reyes spoke first at the diner, promising to fix the harbour road.",
        "\u201cThe road has waited ten years for this,\u201d he said. \u201cI will not make it wait another winter.\u201d",
    ];

    [Fact]
    public void A_state_is_never_the_person_a_pronoun_stands_for()
    {
        var analysis = Analyze(
            "Tobin Reyes met voters at a diner in New Hampshire on Wednesday.",
            "\u201cThe road has waited ten years for this,\u201d he said.");
        Assert.Equal("Tobin Reyes", QuoteStarting(analysis, "The road has waited").Speaker);
    }

    [Fact]
    public void The_pronoun_is_the_person_whose_surname_the_text_used_last_not_the_one_introduced_last()
    {
        var analysis = Analyze(TownHall);
        Assert.Equal("Tobin Reyes", QuoteStarting(analysis, "The road has waited").Speaker);
        Assert.Equal("Tobin Reyes", QuoteStarting(analysis, "I will not make it wait").Speaker);
    }

    [Fact]
    public void A_state_and_a_party_word_are_no_person()
    {
        var analysis = Analyze(
            "The state party met in Dover on Saturday.",
            "\u201cWe will hold the seat,\u201d Delaware Democratic chairwoman Ilse Varga said.");
        Assert.Equal("Ilse Varga", QuoteStarting(analysis, "We will hold the seat").Speaker);
    }
}
