using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion;

namespace GovBot.Ingestion.Tests;

/// <summary>What a document says about each speaker: one person's office as title, the organisation an office implies, real name variants.</summary>
public sealed class SpeakerProfileTests
{
    private static ArticleAnalysis Analyze(string title, string source, params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze($"title: {title}\nsource: {source}\ndate: 2024-01-02\n\n" + string.Join("\n\n", paragraphs));

    private static ExtractedSpeaker Speaker(ArticleAnalysis analysis, string name) =>
        Assert.Single(analysis.Speakers, s => s.Name == name);

    [Fact]
    public void A_title_read_from_a_list_of_officials_holds_only_that_officials_office()
    {
        var analysis = Analyze(
            "Press Briefing by Press Secretary Dana Whitfield, Deputy Cyber Advisor Miriam Okafor, and Deputy Trade Advisor for International Economics and Deputy NEC Director Paul Brennan, March 3, 2024",
            "The White House",
            "MS. WHITFIELD: Good afternoon. We have two guests today to talk about the ransomware summit.",
            "Q: Will Russia attend the summit next month?",
            "MS. OKAFOR: Thank you. We have worked with thirty partners on the ransomware summit this year.",
            "MR. BRENNAN: The sanctions we announce today target the exchanges that launder ransom payments.");

        Assert.Equal("Press Secretary", Speaker(analysis, "Dana Whitfield").Title);
        Assert.Equal("Deputy Cyber Advisor", Speaker(analysis, "Miriam Okafor").Title);
        Assert.Equal("Deputy Trade Advisor for International Economics and Deputy NEC Director", Speaker(analysis, "Paul Brennan").Title);
        Assert.All(analysis.Speakers, s => Assert.DoesNotContain("Whitfield", s.Title ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_with_the_next_persons_name_and_office_keeps_the_office_after_the_name()
    {
        var analysis = Analyze(
            "On-the-Record Press Gaggle by National Security Communications Advisor Tom Keller and Deputy National Security Advisor for Cyber Rita Alvarez",
            "The White House",
            "MR. KELLER: Good morning, everybody. Rita will open with the telecom intrusions.",
            "MS. ALVAREZ: Thank you. Nine telecom companies were compromised by the campaign.",
            "Q: Who is behind it?",
            "MR. KELLER: We have attributed it to a state actor.");

        Assert.Equal("Deputy National Security Advisor for Cyber", Speaker(analysis, "Rita Alvarez").Title);
        Assert.Equal("National Security Communications Advisor", Speaker(analysis, "Tom Keller").Title);
    }

    [Fact]
    public void A_clause_never_becomes_a_title()
    {
        var analysis = Analyze("Envoy comments on talks", "Test Wire",
            "Mark Dwyer, the special envoy who negotiates with Russia over Syria, said the talks would resume in May.");

        var dwyer = Speaker(analysis, "Mark Dwyer");
        Assert.DoesNotContain("negotiates", dwyer.Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_named_without_its_organisation_gets_the_organisation_from_the_office_table()
    {
        var briefing = Analyze("Press Briefing by Press Secretary Dana Whitfield and National Security Advisor Paul Brennan", "The White House",
            "MS. WHITFIELD: Good afternoon. Paul will start with the summit.",
            "MR. BRENNAN: Thank you. The summit brings together forty countries against ransomware.",
            "Q: Will Russia attend?",
            "MR. BRENNAN: No, Russia was not invited to the summit.");
        Assert.Equal("The White House", Speaker(briefing, "Dana Whitfield").Organization);
        Assert.Equal("National Security Council", Speaker(briefing, "Paul Brennan").Organization);

        var speech = Analyze("Statement by Ana Torvik (Minister for Foreign Affairs, Norway) at the General Debate of the 79th session of the UN General Assembly",
            "UN General Debate Corpus",
            "Mr. President, Norway supports a free, open and secure cyberspace for all nations.");
        var torvik = Speaker(speech, "Ana Torvik");
        Assert.Equal("Ministry of Foreign Affairs", torvik.Organization);
        Assert.Equal("Norway", torvik.Country);
    }

    [Fact]
    public void A_journalists_question_label_is_not_the_organisation_of_the_person_addressed()
    {
        var analysis = Analyze("Remarks by President Carver in Press Conference", "The White House",
            "THE PRESIDENT: Good evening. I have just finished the meeting, and it was a constructive one.",
            "Q President Carver, why are you so confident Russia —",
            "THE PRESIDENT: I told him that critical infrastructure should be off-limits to attack, period.");
        Assert.All(analysis.Speakers, s => Assert.NotEqual("Q", s.Organization));
    }

    [Fact]
    public void An_ampersand_inside_a_title_keeps_the_statement_its_authors()
    {
        var single = Analyze("Statement from Deputy National Security Advisor for Cyber & Emerging Technologies Rita Alvarez on New Intrusions", "The White House",
            "Today, we learned of new intrusions into email servers, and we urge every network owner to patch immediately.");
        Assert.Equal(ArticleKind.Statement, single.Kind);
        Assert.All(single.Quotes, q => Assert.Equal("Rita Alvarez", q.Speaker));
        Assert.Equal("Deputy National Security Advisor for Cyber & Emerging Technologies", Speaker(single, "Rita Alvarez").Title);

        var two = Analyze("Statements by Press Secretary Dana Whitfield & Deputy National Security Advisor for Cyber Rita Alvarez on Intrusions", "The White House",
            "Statement by Press Secretary Dana Whitfield:", "We are tracking the intrusions closely and urge every network owner to patch.",
            "Statement by Deputy National Security Advisor for Cyber Rita Alvarez:", "We have convened the agencies to assess the intrusions today.");
        Assert.Contains(two.Quotes, q => q.Speaker == "Dana Whitfield");
        Assert.Contains(two.Quotes, q => q.Speaker == "Rita Alvarez");
    }

    [Fact]
    public void An_organisations_short_form_is_stored_under_its_full_name()
    {
        var analysis = Analyze("Statement by NSC Spokesperson Dana Whitfield on Ransomware", "The White House",
            "The United States welcomes the arrests announced today by our partners in the ransomware investigation.");
        Assert.Equal("National Security Council", Speaker(analysis, "Dana Whitfield").Organization);
    }

    [Fact]
    public void Aliases_are_name_variants_and_the_short_form_of_a_family_name_first_is_its_first_word()
    {
        var transcript = Analyze("Meeting with Head of Roskomnadzor Ivan Petrov", "President of Russia",
            "President of Russia Vladimir Putin: Good afternoon, Mr Petrov. How is the work going on the sovereign Internet law?",
            "Head of the Federal Service Ivan Petrov: Mr President, the law is now in force across the country.",
            "VladimirPutin: Good. What about the exchange points?",
            "Ivan Petrov: All exchange points are registered, and we check them every month.");
        var putin = Speaker(transcript, "Vladimir Putin");
        Assert.Contains("Putin", putin.Aliases);
        Assert.DoesNotContain(putin.Aliases, a => a.Contains("President", StringComparison.Ordinal) || a == "VladimirPutin");

        var speech = Analyze("Statement by Wang Jun (Minister for Foreign Affairs, China) at the General Debate of the 73rd session of the UN General Assembly",
            "UN General Debate Corpus", "Mr. President, China stands for a peaceful, secure, open and cooperative cyberspace.");
        Assert.Equal(["Wang"], Speaker(speech, "Wang Jun").Aliases);
    }
}
