using GovBot.Core.Analysis;

namespace GovBot.Ingestion.Tests;

/// <summary>Who signs a joint leaders' statement and what their profiles say, in small made-up releases.</summary>
public sealed class JointSignatoryTests
{
    private static ArticleAnalysis Analyze(string title, params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze($"title: {title}\nsource: The White House\ndate: 2024-01-02\n\n" + string.Join("\n\n", paragraphs));

    private static ExtractedSpeaker Speaker(ArticleAnalysis analysis, string name) =>
        Assert.Single(analysis.Speakers, s => s.Name == name);

    [Fact]
    public void A_leader_named_only_in_the_title_with_a_particle_signs_every_paragraph()
    {
        var analysis = Analyze(
            "Joint Statement by President Harlow and President van den Berg",
            "We are united in our condemnation of the attacks on undersea cables in the northern seas.",
            "Today, we are launching a joint task force to protect the cables and the data they carry.");
        Assert.Contains(analysis.Speakers, s => s.Name == "van den Berg");
        Assert.Equal(2, analysis.Quotes.Count(q => q.Speaker == "van den Berg"));
        Assert.Equal("President", Speaker(analysis, "van den Berg").Title);
    }

    [Fact]
    public void An_office_and_name_in_commas_in_the_opening_give_each_signatory_their_own_office_and_country()
    {
        var analysis = Analyze(
            "Joint Declaration between the Kingdom of Spain and the United States of America",
            "Spain and the United States are Allies and friends. To affirm our commitment, the President of the Government of Spain, Mateo Ruiz Castell, and the President of the United States of America, Daniel K. Harlow, have reached the following understandings:",
            "1. Spain and the United States condemn attacks on critical infrastructure in cyberspace.");
        var ruiz = Speaker(analysis, "Mateo Ruiz Castell");
        Assert.Equal("President of the Government", ruiz.Title);
        Assert.Equal("Spain", ruiz.Country);
        Assert.Equal("President", Speaker(analysis, "Daniel K. Harlow").Title);
        Assert.Contains(analysis.Quotes, q => q.Speaker == "Mateo Ruiz Castell" && q.Text.Contains("condemn attacks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leader_later_called_by_the_family_name_keeps_the_full_name_the_opening_gave()
    {
        var analysis = Analyze(
            "U.S.-Singapore Joint Leaders' Statement",
            "President Daniel K. Harlow is honored to welcome Prime Minister of the Republic of Singapore Tan Wei Ming to Washington, D.C.",
            "Prime Minister Tan welcomes the new dialogue on cyber threats and critical infrastructure.");
        var tan = Speaker(analysis, "Tan Wei Ming");
        Assert.Equal("Prime Minister", tan.Title);
        Assert.Equal("Singapore", tan.Country);
        Assert.DoesNotContain(analysis.Speakers, s => s.Name == "Tan");
    }

    [Fact]
    public void A_title_drops_the_speakers_possessive_and_a_fuller_form_of_a_scrambled_title_replaces_it()
    {
        var analysis = new ArticleAnalyzer().Analyze(
            "title: Background Press Call Previewing the Cyber Strategy\nsource: The White House\ndate: 2024-01-02\n\n" +
            "MODERATOR: We'll start with remarks from Cyber National Director Ada Brennan and my colleague, Tom Keller, our Deputy National Security Advisor for Cyber.\n\n" +
            "MS. BRENNAN: Thank you. The strategy shifts responsibility for cyber risk onto the largest software makers.\n\n" +
            "MR. KELLER: Thanks, Ada. The strategy also asks companies to report ransomware payments.\n\n" +
            "MODERATOR: To get the titles right, that was the acting National Cyber Director, Ada Brennan, and Tom Keller.");
        Assert.Equal("acting National Cyber Director", Speaker(analysis, "Ada Brennan").Title);
        Assert.Equal("Deputy National Security Advisor for Cyber", Speaker(analysis, "Tom Keller").Title);
    }
}
