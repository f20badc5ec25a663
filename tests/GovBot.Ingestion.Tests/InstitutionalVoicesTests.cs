using GovBot.Core.Analysis;
using GovBot.Ingestion;

namespace GovBot.Ingestion.Tests;

/// <summary>Fact sheets and joint leaders' statements: the officials who announce and the leaders who sign are the speakers.</summary>
public sealed class InstitutionalVoicesTests
{
    private static ArticleAnalysis Analyze(string title, params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze($"title: {title}\nsource: The White House\ndate: 2024-01-02\n\n" + string.Join("\n\n", paragraphs));

    [Fact]
    public void A_fact_sheet_paragraph_in_which_an_official_announces_is_that_officials_statement()
    {
        var analysis = Analyze("FACT SHEET: Vice President Dana Whitfield Announces Initiatives on Cybersecurity",
            "Following her meeting with President Henri Dufour of France, Vice President Dana Whitfield is announcing a number of efforts on cybersecurity.",
            "- Paris Call: Vice President Whitfield is announcing the decision to support the Paris Call for Trust and Security in Cyberspace.",
            "- Later this year, the Vice President is launching a program to train cyber defenders across the region.",
            "- The agencies will publish their progress reports on critical infrastructure every six months.");

        var whitfield = Assert.Single(analysis.Speakers, s => s.Name == "Dana Whitfield");
        Assert.Equal("Vice President", whitfield.Title);
        Assert.Equal("The White House", whitfield.Organization);
        Assert.Equal(3, analysis.Quotes.Count(q => q.Speaker == "Dana Whitfield"));
        // A paragraph nobody announces stays the government's own, and the French president announced nothing here.
        Assert.Contains(analysis.Quotes, q => q.Speaker is null && q.Text.Contains("progress reports", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Henri Dufour");
    }

    [Fact]
    public void Every_leader_who_signs_a_joint_statement_speaks_its_paragraphs_with_their_own_country()
    {
        var analysis = Analyze("Leaders’ Joint Statement in Commemoration of the Alliance",
            "Today President Joseph R. Carver Jr. of the United States (U.S.) and President Min Ha-joon of the Republic of Korea (ROK) met in Washington to commemorate the anniversary of the Alliance.",
            "The two Presidents reiterated their commitment to the principles enshrined in the UN Charter and to a free and open cyberspace.",
            "The leaders decided to deepen cooperation against malicious cyber activity, including ransomware and attacks on critical infrastructure.");

        var carver = Assert.Single(analysis.Speakers, s => s.Name == "Joseph R. Carver");
        var min = Assert.Single(analysis.Speakers, s => s.Name == "Min Ha-joon");
        Assert.Equal("United States", carver.Country);
        Assert.Equal("The White House", carver.Organization);
        Assert.Equal("South Korea", min.Country);
        Assert.DoesNotContain(analysis.Speakers, s => s.Name is "Jr" or "Jr.");
        Assert.All(analysis.Speakers, s => Assert.NotEqual("Today", s.Organization));
        var cyberspace = analysis.Quotes.Where(q => q.Text.Contains("free and open cyberspace", StringComparison.Ordinal)).Select(q => q.Speaker).ToList();
        Assert.Equal(["Joseph R. Carver", "Min Ha-joon"], cyberspace.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_leader_styled_His_Highness_with_a_name_of_several_particles_is_one_person_of_their_own_country()
    {
        var analysis = Analyze("U.S.-Qatar Joint Leaders’ Statement",
            "His Highness Sheikh Khalid bin Rashid Al Tamimi, President of Qatar, and President Joseph R. Carver Jr. met today at the White House during an official visit of His Highness President Sheikh Khalid bin Rashid to the United States.",
            "The leaders emphasized that safety and stability in cyberspace is critical for digital economic growth.",
            "His Highness President Sheikh Khalid and President Carver praised the strong security partnership.");

        var khalid = Assert.Single(analysis.Speakers, s => s.Country == "Qatar");
        Assert.Equal("Sheikh Khalid bin Rashid Al Tamimi", khalid.Name);
        Assert.Equal(2, analysis.Speakers.Count);
        Assert.DoesNotContain(analysis.Speakers, s => s.Name.StartsWith("Highness", StringComparison.Ordinal));
        var cyberspace = analysis.Quotes.Where(q => q.Text.Contains("stability in cyberspace", StringComparison.Ordinal)).Select(q => q.Speaker).ToList();
        Assert.Equal(["Joseph R. Carver", "Sheikh Khalid bin Rashid Al Tamimi"], cyberspace.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("United States-Australia Joint Leaders’ StatementBuilding an Innovation Alliance",
        "We, President Carver and Prime Minister Dunmore, inaugurated a new era of strategic cooperation during the Prime Minister’s visit today.")]
    [InlineData("Australia-United States Leaders’ Joint Statement",
        "Prime Minister Dunmore is honored to welcome President Carver to Canberra for the first visit of his term.")]
    public void Leaders_whose_country_the_text_does_not_state_take_it_from_a_welcome_or_from_the_order_of_the_title(string title, string opening)
    {
        var analysis = Analyze(title, opening,
            "Our nations are inseparably linked by our common democratic values and the pillars of our alliance, including cyber security.");

        Assert.Equal("United States", Assert.Single(analysis.Speakers, s => s.Name == "Carver").Country);
        var dunmore = Assert.Single(analysis.Speakers, s => s.Name == "Dunmore");
        Assert.Equal("Australia", dunmore.Country);
        Assert.Equal("Office of the Prime Minister", dunmore.Organization);
    }

    [Fact]
    public void A_joint_statement_of_countries_that_names_no_leader_keeps_its_paragraphs_unattributed()
    {
        var analysis = Analyze("Joint Declaration Between Ruritania and the United States of America",
            "Ruritania and the United States are Allies, strategic partners, and friends with deep historical ties.",
            "Ruritania and the United States condemn malicious cyber activity against critical infrastructure.");
        Assert.Empty(analysis.Speakers);
        Assert.All(analysis.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void A_document_a_fact_sheet_quotes_is_not_placed_in_the_publisher_s_country()
    {
        var analysis = Analyze("Fact Sheet: Quad Leaders’ Summit",
            "The Quad leaders met today in Tokyo and agreed on new work on climate and cyber security.",
            "The Pacific Islands are particularly vulnerable; as the Pacific Islands Forum’s Suva Declaration on Regional Security states, “climate change remains the single greatest threat to the peoples of the Pacific.”");

        var declaration = Assert.Single(analysis.Speakers, s => s.Name.EndsWith("Declaration", StringComparison.Ordinal));
        Assert.Null(declaration.Country);
    }
}

/// <summary>A speech's words that quote another named person are that person's statement.</summary>
public sealed class QuotedWithinSpeechTests
{
    [Fact]
    public void A_speaker_cited_inside_a_speech_is_a_speaker_of_that_document_but_a_belief_is_not_a_statement()
    {
        var analysis = new ArticleAnalyzer().Analyze(
            "title: Statement by Ana Torvik (Minister for Foreign Affairs, Norway) at the General Debate of the 79th session of the UN General Assembly\n" +
            "source: UN General Debate Corpus\ndate: 2024\n\n" +
            "Mr. President, the work of this Organization is more necessary than ever before in our history.\n\n" +
            "As Secretary-General Antonio Guterres has rightly said, we must combat the dysfunctionality that paralyses us.\n\n" +
            "If Member States believe that the Charter is out of date, they should say so openly in this Hall.\n\n" +
            "President Igor Volkov’s call to form a broad coalition on the basis of international law is more relevant than ever.\n");

        Assert.Contains(analysis.Quotes, q => q.Speaker == "Antonio Guterres" && q.Text.Contains("dysfunctionality", StringComparison.Ordinal));
        Assert.Contains(analysis.Speakers, s => s.Name == "Antonio Guterres");
        Assert.DoesNotContain(analysis.Speakers, s => s.Name.Contains("Member", StringComparison.Ordinal) || s.Name.Contains("Volkov", StringComparison.Ordinal));
        Assert.Equal(4, analysis.Quotes.Count(q => q.Speaker == "Ana Torvik"));
    }

    [Fact]
    public void A_title_or_theme_a_speech_puts_in_quotation_marks_is_the_authors_words_but_a_quotation_handed_to_someone_is_theirs()
    {
        var analysis = new ArticleAnalyzer().Analyze(
            "title: Statement by Ana Torvik (Minister for Foreign Affairs, Norway) at the General Debate of the 79th session of the UN General Assembly\n" +
            "source: UN General Debate Corpus\ndate: 2024\n\n" +
            "The decision of Trygve Lie, the first Secretary-General, to convene the Council is still remembered in my country.\n\n" +
            "The theme of this session is “Leaving no one behind: acting together for peace”, and we welcome it.\n\n" +
            "The conference held in Rio de Janeiro adopted an outcome document, entitled “The future we want”, which guides us still.\n\n" +
            "Let me quote just one aphorism, from President Harry Truman: “The responsibility of the great States is to serve.”\n");

        Assert.DoesNotContain(analysis.Speakers, s => s.Name is "Trygve Lie" or "Rio de Janeiro");
        Assert.Contains(analysis.Quotes, q => q.Speaker == "Harry Truman" && q.Text.Contains("serve", StringComparison.Ordinal));
        Assert.Equal(4, analysis.Quotes.Count(q => q.Speaker == "Ana Torvik"));
    }
}
