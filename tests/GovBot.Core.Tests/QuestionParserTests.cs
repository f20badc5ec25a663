using GovBot.Core.Features.Ask;

namespace GovBot.Core.Tests;

/// <summary>Question understanding on its own: a pure function of the text and today's date.</summary>
public sealed class QuestionParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void The_person_spoken_to_is_neither_a_speaker_nor_a_topic()
    {
        var parsed = QuestionParser.Parse("What did Biden tell Putin about critical infrastructure?", Today);
        Assert.Contains("Biden", parsed.NameCandidates);
        Assert.DoesNotContain(parsed.NameCandidates, n => n.Contains("Putin", StringComparison.Ordinal));
        Assert.DoesNotContain("Putin", parsed.Topic, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_gone_to_or_talked_about_is_a_topic_and_the_speaker_country_is_the_one_speaking()
    {
        var trip = QuestionParser.Parse("What did the National Cyber Director discuss on his trip to Israel?", Today);
        Assert.Null(trip.Country);
        Assert.Contains("Israel", trip.Topic, StringComparison.Ordinal);
        Assert.Equal(["national cyber director"], trip.RoleWords);

        var about = QuestionParser.Parse("What did Russia say about China?", Today);
        Assert.Equal("Russia", about.Country);

        var only = QuestionParser.Parse("Has anyone said anything about China's hackers?", Today);
        Assert.Null(only.Country);
    }

    [Fact]
    public void The_place_a_question_names_its_speaker_is_told_apart_from_names_elsewhere()
    {
        var asked = QuestionParser.Parse("What did Jake Sullivan say about ransomware?", Today);
        Assert.Equal(["Jake", "Sullivan"], asked.SubjectWords);

        var elsewhere = QuestionParser.Parse("What are the principles of the Declaration for the Future of the Internet?", Today);
        Assert.Empty(elsewhere.SubjectWords);
    }

    [Theory]
    [InlineData("Did Lavrov complain about Western tech giants?")]
    [InlineData("did Putin suggest Americans could have framed Moscow?")]
    [InlineData("Has Lavrov criticised the Budapest Convention?")]
    public void A_verb_of_saying_names_who_spoke_and_is_no_topic(string question)
    {
        var parsed = QuestionParser.Parse(question, Today);
        Assert.Single(parsed.SubjectWords);
        Assert.True(parsed.AsksWhatWasSaid);
        Assert.DoesNotMatch("(?i)complain|suggest|criticis", parsed.Topic);
    }

    [Fact]
    public void Who_did_something_is_read_after_did_when_the_verb_is_no_speech_verb()
    {
        Assert.Equal(["Putin"], QuestionParser.Parse("When did Putin meet the head of Roskomnadzor?", Today).ActorWords);
        Assert.Equal(["trump"], QuestionParser.Parse("when did trump sign the order?", Today).ActorWords);
        Assert.Empty(QuestionParser.Parse("how many core themes is the 2026 Trump cyber plan built around?", Today).ActorWords);
    }

    [Fact]
    public void According_to_names_who_spoke()
    {
        var parsed = QuestionParser.Parse("how many attacks were there in 2015, according to Putin?", Today);
        Assert.Contains("Putin", parsed.SubjectWords);
    }

    [Fact]
    public void The_person_given_something_is_no_speaker()
    {
        var parsed = QuestionParser.Parse("who gave Putin a list of infrastructure?", Today);
        Assert.DoesNotContain(parsed.NameCandidates, n => n.Contains("Putin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What did Brazil say about ransomware?", true)]
    [InlineData("who in Beijing responded to the sanctions?", true)]
    [InlineData("Has Moscow proposed a treaty?", true)]
    [InlineData("Which Chinese agency did the US and its allies blame for the hack?", false)]
    public void A_country_is_the_speaker_s_only_where_the_question_names_who_spoke(string question, bool asSubject)
    {
        var parsed = QuestionParser.Parse(question, Today);
        Assert.NotNull(parsed.Country);
        Assert.Equal(asSubject, parsed.CountryAsSubject);
    }

    [Fact]
    public void An_agency_known_by_a_short_name_accepts_its_official_name()
    {
        var parsed = QuestionParser.Parse("what did the head of Roskomnadzor say about blocking?", Today);
        Assert.Contains("roskomnadzor/supervision of communications", parsed.RoleWords);
        Assert.Contains("head", parsed.RoleWords);
    }

    [Theory]
    [InlineData("what did xi jinping say about cyber sovereignty?", "xi jinping")]
    [InlineData("What did Volodymyr Zelenskyy say about cyber attacks?", "Volodymyr Zelenskyy")]
    [InlineData("What has the Quad said about cybersecurity?", null)]
    [InlineData("What did the homeland security advisor say about the pipeline?", null)]
    [InlineData("Has the Counter Ransomware Initiative discussed AI?", null)]
    [InlineData("What did Russia say about the UN?", null)]
    [InlineData("Did the White House welcome the arrests?", null)]
    [InlineData("Does Beijing's top cyber envoy think sanctions work?", null)]
    [InlineData("What did National Cyber Director Ilse Marta Vorn say about the pipeline?", "Ilse Marta Vorn")]
    [InlineData("What did the Deputy National Security Advisor Ilse Vorn say about the pipeline?", "Ilse Vorn")]
    [InlineData("how much did the keller team say the outage would cost?", null)]
    public void The_subject_of_a_question_is_a_named_person_only_when_it_is_not_an_office_body_or_country(string question, string? subject) =>
        Assert.Equal(subject, QuestionParser.Parse(question, Today).NamedSubject);

    [Fact]
    public void An_office_no_role_phrase_knows_becomes_role_words_and_a_group_of_speakers_leaves_the_topic()
    {
        var office = QuestionParser.Parse("What did the energy security advisor say about the pipeline shutdown?", Today);
        Assert.Equal(["energ", "secur", "advis"], office.RoleWords);
        Assert.Equal("pipeline shutdown", office.Topic);

        var group = QuestionParser.Parse("What did speakers at the UN General Assembly say about artificial intelligence?", Today);
        Assert.Empty(group.RoleWords);
        Assert.Equal("artificial intelligence", group.Topic);
        Assert.True(group.AtUnitedNations);
    }

    [Fact]
    public void Who_in_a_country_names_the_speaker_s_country_and_capital_US_is_the_country_but_us_is_not()
    {
        Assert.Equal("China", QuestionParser.Parse("who in beijing responded to the hack?", Today).Country);
        Assert.Null(QuestionParser.Parse("who warned about China's hackers?", Today).Country);
        Assert.Equal("United States", QuestionParser.Parse("When did the US name the SVR?", Today).Country);
        Assert.Null(QuestionParser.Parse("what did putin tell us about hackers?", Today).Country);
    }

    [Theory]
    [InlineData("what did estonia's president tell the UN about cyber attacks?")]
    [InlineData("what did estonia's president tell the world body about cyber attacks?")]
    public void Telling_the_UN_is_a_venue_not_a_topic(string question)
    {
        var parsed = QuestionParser.Parse(question, Today);
        Assert.True(parsed.AtUnitedNations);
        Assert.Equal("Estonia", parsed.Country);
        Assert.Equal("cyber attacks", parsed.Topic);
    }

    [Theory]
    [InlineData("what did the UN General Assembly hear in 2019 about disinformation?", "disinformation")]
    [InlineData("which leaders used the General Debate to talk about cybercrime?", "cybercrime")]
    [InlineData("in his UN speech, what did the minister say about terrorism?", "terrorism")]
    [InlineData("What did the minister say about terrorism in his UN General Assembly speech?", "terrorism")]
    public void The_Assembly_or_its_debate_named_without_a_preposition_is_a_venue_not_a_topic(string question, string topic)
    {
        var parsed = QuestionParser.Parse(question, Today);
        Assert.True(parsed.AtUnitedNations);
        Assert.DoesNotMatch(@"(?i)\b(?:UN|General|Assembly|Debate|speech)\b", parsed.Topic);
        Assert.Contains(topic, parsed.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Russia say about the UN's role in cyberspace?")]
    [InlineData("who backed the General Assembly resolution on cybercrime?")]
    public void The_UN_as_a_subject_and_an_Assembly_resolution_are_topics_not_a_venue(string question) =>
        Assert.False(QuestionParser.Parse(question, Today).AtUnitedNations);

    [Theory]
    [InlineData("What did Long Zhou say at the IGF?", "Internet Governance Forum", "Long Zhou")]
    [InlineData("What did Long Zhou say at the 12th Internet Governance Forum?", "Internet Governance Forum", "Long Zhou")]
    [InlineData("who spoke about ransomware at the G20 summit", "Group of Twenty", "ransomware")]
    [InlineData("what did china say during the oewg sessions about norms", "Open-ended Working Group", "norms")]
    public void A_forum_the_question_names_is_a_venue_not_a_name_or_a_topic(string question, string venue, string topic)
    {
        var parsed = QuestionParser.Parse(question, Today);
        Assert.Equal(venue, parsed.Venue?.Name);
        Assert.Equal(topic, parsed.Topic);
        Assert.DoesNotContain(parsed.NameCandidates, n => parsed.Venue!.Names.Contains(n, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_forum_s_abbreviation_talked_about_is_neither_a_venue_nor_a_name()
    {
        var parsed = QuestionParser.Parse("Who talked about the ITU?", Today);
        Assert.Null(parsed.Venue);
        Assert.DoesNotContain("ITU", parsed.NameCandidates);
        Assert.Contains("ITU", parsed.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He spoke at the 12th Internet Governance Forum in Geneva.", true)]
    [InlineData("Delegates at the IGF agreed.", true)]
    [InlineData("The situation in Itu province is calm.", false)]
    [InlineData("A quadruple bypass.", false)]
    public void A_document_names_a_venue_by_full_name_in_any_case_or_by_abbreviation_in_capitals(string text, bool named)
    {
        var venues = new[]
        {
            new Venue("Internet Governance Forum", ["Internet Governance Forum", "IGF"]),
            new Venue("International Telecommunication Union", ["International Telecommunication Union", "ITU"]),
            new Venue("Quad", ["Quad", "Quad summit"]),
        };
        Assert.Equal(named, venues.Any(v => v.IsNamedIn(text)));
    }

    [Theory]
    [InlineData("what did putin say about information security in 2000?", true)]
    [InlineData("how often did intruders attack state web portals in 2015, according to Putin?", false)]
    [InlineData("How many times did Putin say hackers went after ministries' web pages during 2015?", false)]
    public void A_question_whose_verb_is_one_of_speaking_is_told_apart(string question, bool asksWhatWasSaid) =>
        Assert.Equal(asksWhatWasSaid, QuestionParser.Parse(question, Today).AsksWhatWasSaid);

    [Theory]
    [InlineData("Which European country told the UN it trains partners against hackers?", "European")]
    [InlineData("Has any Gulf state called for a treaty on online hate?", "Gulf")]
    [InlineData("did the small pacific island nation ask for help against online fraud?", "Pacific island")]
    [InlineData("Has anyone in Africa spoken about data protection?", "African")]
    [InlineData("What did the Baltic republic's president offer to share after the outage?", "Baltic")]
    [InlineData("Which Asian country's foreign minister warned the UN about cable cuts?", "Asian")]
    public void A_region_named_where_a_country_could_be_says_where_the_speaker_is(string question, string region)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal(region, parsed.Region?.Name);
        Assert.Null(parsed.Country);
        // The region's words are neither a person's name nor a word every answer must hold.
        Assert.DoesNotContain(parsed.NameCandidates, n => n.Contains("Europe", StringComparison.OrdinalIgnoreCase) ||
            n.Contains("Gulf", StringComparison.OrdinalIgnoreCase) || n.Contains("Baltic", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Baltic", parsed.Topic, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Europe", parsed.Topic, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Did Canada offer help to African countries against cybercrime?")]
    [InlineData("What did the European Union say about ransomware?")]
    [InlineData("Did Canada hold talks with Gulf states about undersea cables?")]
    [InlineData("What did Ortiz say about Pacific fisheries?")]
    public void A_region_spoken_of_or_a_body_named_after_one_says_nothing_of_the_speaker(string question) =>
        Assert.Null(QuestionParser.Parse(question, Today).Region);

    [Fact]
    public void Of_a_region_and_a_country_the_one_named_first_says_who_spoke()
    {
        var region = QuestionParser.Parse("Which European country backed the US plan for cable security?", Today);
        Assert.Equal("European", region.Region?.Name);
        Assert.Null(region.Country);

        var country = QuestionParser.Parse("Did the US praise any Asian country for its cable security?", Today);
        Assert.Equal("United States", country.Country);
        Assert.Null(country.Region);
    }
    [Fact]
    public void Every_country_of_a_region_is_named_as_statements_store_it()
    {
        // A region's country spelt otherwise than the store's canonical name ("Czechia") would silently match nobody.
        var countries = AskLexicon.Regions.Values.SelectMany(r => r.Countries).Distinct().ToList();
        Assert.NotEmpty(countries);
        Assert.All(countries, c => Assert.Equal(c, GovBot.Core.Text.CountryNames.Shared.Normalize(c)));
    }
    [Theory]
    [InlineData("What did Ruritania's top diplomat say about cable security?")]
    [InlineData("what did the chief diplomat of Ruritania tell the assembly about hackers?")]
    public void A_top_diplomat_is_a_foreign_minister_or_secretary_of_state(string question) =>
        Assert.Equal(["foreign/secretary of state", "minister/secretary"], QuestionParser.Parse(question, Today).RoleWords);

    [Theory]
    [InlineData("What did the Kremlin spokesman say about cyberattacks?", "kremlin spokesman", "Russia")]
    [InlineData("What did India's external affairs minister say about terrorism?", "external affairs minister", "India")]
    [InlineData("what did the white house spokeswoman say about ransomware?", "white house spokeswoman", "United States")]
    public void A_role_that_names_its_country_still_names_the_country(string question, string role, string country)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal(role, parsed.RolePhrase);
        Assert.Equal(country, parsed.Country);
    }

    [Theory]
    [InlineData("What did Russia's media watchdog chief say about foreign platforms?")]
    [InlineData("did the head of the media watchdog warn about VPNs?")]
    public void An_everyday_description_of_a_regulator_s_head_is_that_office(string question) =>
        Assert.Contains("roskomnadzor/supervision of communications/cyberspace administration/ofcom/communications commission", QuestionParser.Parse(question, Today).RoleWords);

    [Theory]
    [InlineData("Why did the new chief of Russia's internet watchdog worry about biometrics?", "Russia")]
    [InlineData("what did the boss of the media watchdog say about VPNs?", null)]
    [InlineData("did the head of its big state media watchdog warn about VPNs?", null)]
    public void A_head_of_an_office_described_as_people_say_it_is_that_office(string question, string? country)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Contains("roskomnadzor/supervision of communications/cyberspace administration/ofcom/communications commission", parsed.RoleWords);
        Assert.Equal(country, parsed.Country);
        Assert.DoesNotContain("watchdog", parsed.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In July 2021, which agency did the allies blame for the server hack?", 2021)]
    [InlineData("What did the minister say on 19 July 2021 about the server hack?", 2021)]
    [InlineData("What did the minister say in July 19, 2021 about the server hack?", 2021)]
    [InlineData("how many carriers had intruders got into, per the cyber deputy in late 2024?", 2024)]
    [InlineData("what did the minister say in mid-2019 about the server hack?", 2019)]
    [InlineData("after the outage in the spring of 2007, what did the minister say?", 2007)]
    [InlineData("what did the minister's July 2021 order change about the server hack?", 2021)]
    public void A_part_of_a_year_is_that_year_and_leaves_the_topic(string question, int year)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal((year, year), (parsed.FromYear, parsed.ToYear));
        Assert.DoesNotMatch(@"(?i)\b(?:july|late|mid|spring)\b", parsed.Topic);
    }

    [Theory]
    [InlineData("in the 2010s what did the minister say about cyber attacks?", 2010, 2019)]
    [InlineData("During the early 2000s, did anyone warn about the server hack?", 2000, 2003)]
    [InlineData("what was said in the mid-2010s about the server hack?", 2014, 2016)]
    [InlineData("what did the minister say in the late 1990s about the server hack?", 1997, 1999)]
    [InlineData("what did the minister say throughout the 2020's about the server hack?", 2020, 2029)]
    public void A_decade_or_part_of_one_is_that_span_and_leaves_the_topic(string question, int from, int to)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal((from, to), (parsed.FromYear, parsed.ToYear));
        Assert.DoesNotMatch(@"(?i)\b(?:early|mid|late|\d{4}’?'?s)\b", parsed.Topic);
        Assert.Matches(@"\b(?:server hack|cyber attacks)\b", parsed.Topic);
    }

    [Theory]
    [InlineData("Which countries mentioned artificial intelligence in their 2023 UN speeches?", 2023)]
    [InlineData("What was agreed about cybersecurity at the 2017 G20 summit?", 2017)]
    [InlineData("in his 2018 interview, what did the president say about hackers?", 2018)]
    [InlineData("In his June 2017 NBC interview, what did Putin say about hackers?", 2017)]
    [InlineData("What did Putin's 2001 reply to the Brazilian president say about the UN?", 2001)]
    public void A_year_that_dates_the_occasion_of_speaking_is_that_year(string question, int year)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal((year, year), (parsed.FromYear, parsed.ToYear));
        Assert.DoesNotContain(year.ToString(System.Globalization.CultureInfo.InvariantCulture), parsed.Topic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the minister say about Russia's 2016 election meddling?", "Russia's 2016 election meddling")]
    [InlineData("what did the minister say about the 2016 election?", "2016 election")]
    [InlineData("what did the minister say about the 2016 US election?", "2016 election")]
    public void A_year_that_dates_an_event_spoken_of_stays_a_word(string question, string topic) =>
        Assert.Equal((null, null, topic), Tuple(QuestionParser.Parse(question, Today)));

    private static (int?, int?, string) Tuple(ParsedQuestion parsed) => (parsed.FromYear, parsed.ToYear, parsed.Topic);

    [Theory]
    [InlineData("What has the Biden administration said about ransomware payments?", "ransomware payments")]
    [InlineData("Did the Trump administration blame Russia for hacking?", "Russia hacking")]
    public void A_president_s_administration_is_the_US_government_speaking_not_a_person(string question, string topic)
    {
        var parsed = QuestionParser.Parse(question, Today);

        Assert.Equal("United States", parsed.Country);
        Assert.DoesNotContain(parsed.NameCandidates, n => n.Contains("Biden", StringComparison.Ordinal) || n.Contains("Trump", StringComparison.Ordinal));
        Assert.Equal(topic, parsed.Topic);
    }

    [Fact]
    public void The_one_a_question_says_something_was_reported_to_is_not_the_speaker_but_what_was_proposed_stays_the_topic()
    {
        var reported = QuestionParser.Parse("What did the head of the regulator report to Putin about foreign platforms?", Today);
        Assert.DoesNotContain(reported.NameCandidates, n => n.Contains("Putin", StringComparison.Ordinal));

        Assert.Equal("ban ransomware payments", QuestionParser.Parse("did anyone propose to ban ransomware payments?", Today).Topic);
    }

    [Fact]
    public void Every_role_phrase_can_be_read_because_none_follows_a_shorter_phrase_it_contains()
    {
        // The first phrase found wins, so "head of roskomnadzor" after "roskomnadzor" would never be read.
        var phrases = AskLexicon.Roles.Select(r => r.Phrase).ToList();
        var shadowed = phrases
            .SelectMany((later, j) => phrases.Take(j)
                .Where(earlier => System.Text.RegularExpressions.Regex.IsMatch(later, $@"\b{System.Text.RegularExpressions.Regex.Escape(earlier)}\b"))
                .Select(earlier => $"'{later}' after '{earlier}'"))
            .ToList();

        Assert.Empty(shadowed);
    }
}
