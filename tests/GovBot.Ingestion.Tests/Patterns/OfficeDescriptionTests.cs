using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"The Florida senator said …": a description by state, party and office refers back to the person the text introduced with those words. All names are made up.</summary>
public sealed class OfficeDescriptionTests
{
    [Fact]
    public void A_state_and_office_find_the_person_introduced_with_them_not_the_last_speaker()
    {
        var analysis = Analyze(
            "Florida Sen. Dana Ortiz drew a large crowd in Tampa on Saturday. Former Secretary of State Helen Marsh spoke in Denver.",
            "\u201cWe will win this state,\u201d Marsh said at her rally.",
            "The Florida senator said she would campaign in the state every day until the primary.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she would campaign").Speaker);
    }

    [Fact]
    public void A_party_tag_after_the_name_gives_the_state_and_the_party()
    {
        var analysis = Analyze(
            "Ohio Gov. Paul Brennan spoke on Saturday, and Rep. Ann Hurd (R-Fla.) joined him on stage.",
            "\u201cThe race is far from over,\u201d Brennan said.",
            "The Florida Republican said the party was united behind the plan.");
        Assert.Equal("Ann Hurd", QuoteStarting(analysis, "the party was united").Speaker);
    }

    [Fact]
    public void A_description_that_fits_nobody_named_is_not_given_to_a_person_placed_elsewhere()
    {
        var analysis = Analyze(
            "Ohio Gov. Paul Brennan toured the flooded towns on Monday.",
            "\u201cWe will rebuild every bridge,\u201d Brennan said.",
            "The Texas governor said his state would send crews to help.");
        Assert.NotEqual("Paul Brennan", QuoteStarting(analysis, "his state would send crews").Speaker);
    }

    [Fact]
    public void A_bare_office_stays_with_the_person_who_just_spoke()
    {
        var analysis = Analyze(
            "Sen. Mara Quill and Sen. Tobin Reyes met voters in Dover.",
            "\u201cThis bill is dead,\u201d Reyes said.",
            "The senator said he would not bring it back next year.");
        Assert.Equal("Tobin Reyes", QuoteStarting(analysis, "he would not bring it back").Speaker);
    }
}
