using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Surnames that are also role words or nationalities ("King", "French") after a given name. All names are made up.</summary>
public sealed class WordSurnameTests
{
    [Fact]
    public void A_role_word_after_a_given_name_is_the_surname_of_the_speaker()
    {
        var analysis = Analyze(
            "The county board met on Tuesday.",
            "Dana King, who runs the tenants' union, said the levy would fail.",
            "The board will vote again in March, said Orla Bishop, the clerk.");
        Assert.Equal("Dana King", QuoteStarting(analysis, "the levy would fail").Speaker);
        Assert.Equal("Orla Bishop", QuoteStarting(analysis, "The board will vote").Speaker);
    }

    [Fact]
    public void A_nationality_after_a_given_name_is_the_surname_of_the_speaker()
    {
        var analysis = Analyze(
            "The arena deal collapsed on Friday.",
            "Wally French, a bakery owner in Tulsa, says he is open to running for mayor.");
        Assert.Equal("Wally French", QuoteStarting(analysis, "he is open to running").Speaker);
    }

    [Fact]
    public void A_role_after_a_place_or_a_body_stays_a_title()
    {
        var analysis = Analyze(
            "The county board met on Tuesday.",
            "Jordan King Abdul Rahim said the border would stay open.",
            "The Iowa Governor said the roads were clear.");
        Assert.Equal("Abdul Rahim", QuoteStarting(analysis, "the border would stay open").Speaker);
        Assert.NotEqual("Iowa Governor", QuoteStarting(analysis, "the roads were clear").Speaker);
    }

    [Fact]
    public void A_country_after_a_titled_given_name_is_the_surname_of_the_speaker()
    {
        var analysis = Analyze(
            "The caucus met on Tuesday.",
            "Rep. Dale Jordan (D-Ore.) said the caucus would meet again in March.");
        Assert.Equal("Dale Jordan", QuoteStarting(analysis, "the caucus would meet again").Speaker);
    }

    [Fact]
    public void A_bare_nationality_before_the_verb_is_the_named_person_s_surname()
    {
        var analysis = Analyze(
            "The arena deal collapsed on Friday.",
            "Wally French, a bakery owner in Tulsa, says he is open to running for mayor.",
            "A longtime independent, French said he would weigh a run for the council.",
            "French also said he backs the new parking rules downtown.");
        Assert.Equal("Wally French", QuoteStarting(analysis, "he would weigh a run").Speaker);
        Assert.Equal("Wally French", QuoteStarting(analysis, "he backs the new parking").Speaker);
    }

    [Fact]
    public void A_nationality_surname_after_a_closing_quotation_mark_is_the_speaker()
    {
        var analysis = Analyze(
            "Wally French, a bakery owner in Tulsa, spoke at the harbour forum on Monday.",
            "The mayor, though, would have to \"meet the bakers halfway,\" French said.");
        Assert.Equal("Wally French", QuoteStarting(analysis, "The mayor, though, would have to").Speaker);
    }

    [Fact]
    public void A_month_after_a_given_name_is_the_surname_only_where_the_name_ends()
    {
        var analysis = Analyze(
            "The ferry union met in the harbour hall on Monday night. Dana Ruth May, 47, a ferry nurse, said the levy would finally pay for the night boats.",
            "Prime Minister Ilse May said the ferries would keep running through the winter.",
            "The ferry left Tarnby May 5 and reached the port a week later, Ilse Marrow said.");
        Assert.Equal("Dana Ruth May", QuoteStarting(analysis, "the levy would finally pay").Speaker);
        Assert.Equal("Ilse May", QuoteStarting(analysis, "the ferries would keep running").Speaker);
        Assert.Equal("Ilse Marrow", QuoteStarting(analysis, "The ferry left Tarnby May 5").Speaker);
        Assert.DoesNotContain(analysis.Speakers, s => s.Name.Contains("Tarnby", StringComparison.Ordinal));
    }
}
