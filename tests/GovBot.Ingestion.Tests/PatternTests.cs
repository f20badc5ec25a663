using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion;

namespace GovBot.Ingestion.Tests;

/// <summary>Attribution patterns in small articles written for the purpose.</summary>
public sealed class PatternTests
{
    private static ArticleAnalysis Analyze(string body) =>
        new ArticleAnalyzer().Analyze("title: Test article\nsource: Test Wire\ndate: 2024-01-02\n\n" + body);

    private static ExtractedQuote QuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void Upper_case_headings_of_a_fact_sheet_are_not_speakers_but_transcript_roles_and_surnames_are()
    {
        var sheet = Analyze(string.Join("\n\n",
            "The administration today set out its cyber priorities.",
            "STRENGTHENING CYBERSECURITY EFFORTS: The plan expands cybersecurity efforts across agencies.",
            "PROTECTING CRITICAL INFRASTRUCTURE: Operators of critical infrastructure will share incident reports.",
            "BUILDING CYBER WORKFORCE: Agencies will train their cyber workforce.",
            "SECURING FEDERAL NETWORKS: Federal networks will move to zero trust."));
        Assert.DoesNotContain(sheet.Speakers, s => s.Name.Contains("Efforts", StringComparison.OrdinalIgnoreCase) || s.Name.Contains("Networks", StringComparison.OrdinalIgnoreCase));

        var briefing = Analyze(string.Join("\n\n",
            "MS. PSAKI: Good afternoon. We will take questions on the ransomware summit today.",
            "Q: Will Russia attend the summit next month?",
            "MS. PSAKI: We have not invited Russia to this meeting of partners.",
            "MODERATOR: Thank you. That concludes the briefing for today, and the moderator closes the call."));
        Assert.Contains(briefing.Speakers, s => s.Name.Contains("Psaki", StringComparison.OrdinalIgnoreCase));
        // The moderator's turn is a turn of its own, never folded into Psaki's words.
        Assert.DoesNotContain(briefing.Quotes, q => q.Text.Contains("That concludes", StringComparison.Ordinal) && q.Speaker == "Psaki");
    }

    [Fact]
    public void A_speech_delivered_at_an_event_stays_a_speech_when_it_reports_what_others_said()
    {
        const string body = "Jane Doe, Ruritania's foreign minister, said the talks had stalled.\n\n" +
                            "John Smith, the envoy of Freedonia, said last year that cyberspace needed no new rules.\n\n" +
                            "Jane Doe also said in March that the treaty would be signed soon.\n\n" +
                            "We in Ruritania believe that every state must protect the networks its people depend on.";
        var speech = new ArticleAnalyzer().Analyze(
            "title: Statement by Mary Major (Prime Minister, Ruritania) at the General Debate of the 80th session of the UN General Assembly, 2025\nsource: UN\ndate: 2025\n\n" + body);
        Assert.Equal(ArticleKind.Statement, speech.Kind);
        Assert.Contains(speech.Quotes, q => q.Speaker == "Mary Major" && q.Text.StartsWith("We in Ruritania", StringComparison.Ordinal));

        // The same text announced as a statement on a call is a readout of what others said.
        var readout = new ArticleAnalyzer().Analyze("title: Statement by Mary Major on her call with foreign ministers\nsource: Test Wire\ndate: 2025-01-02\n\n" + body);
        Assert.Equal(ArticleKind.News, readout.Kind);
    }

    [Fact]
    public void A_release_of_several_statements_gives_each_byline_its_own_paragraphs()
    {
        var release = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: Statements by Press Secretary Mary Major & Deputy Advisor for Cyber Paul Minor on the Ruritania incident",
            "source: Test Wire\ndate: 2025-03-04",
            "Statement by Press Secretary Mary Major:",
            "The government set up a task force this week to coordinate the response to the compromise of mail servers.",
            "We asked vendors to release a simple mitigation tool for small businesses, and they have done so.",
            "Statement by Deputy National Security Advisor for Cyber & Emerging Technology Paul Minor:",
            "We are committed to working with the private sector to modernise the nation's cyber defences."));

        Assert.Equal(ArticleKind.Statement, release.Kind);
        Assert.Equal("Mary Major", QuoteStarting(release, "The government set up").Speaker);
        Assert.Equal("Mary Major", QuoteStarting(release, "We asked vendors").Speaker);
        Assert.Equal("Paul Minor", QuoteStarting(release, "We are committed").Speaker);
        Assert.Equal("Deputy National Security Advisor for Cyber & Emerging Technology", Assert.Single(release.Speakers, s => s.Name == "Paul Minor").Title);
        Assert.DoesNotContain(release.Quotes, q => q.Text.StartsWith("Statement by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_readout_that_quotes_nobody_is_the_publisher_s_own_account_but_one_with_reported_speech_stays_news()
    {
        var silent = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: Readout of the Cyber Director's Travel to Ruritania",
            "source: Test Government\ndate: 2025-05-06",
            "From June 2 to June 5, the Cyber Director traveled to Ruritania to meet government officials and business leaders.",
            "The Director met with officials to share lessons learned on national cybersecurity and the cyber workforce."));
        Assert.Equal(ArticleKind.Statement, silent.Kind);
        Assert.Equal(2, silent.Quotes.Count);
        Assert.All(silent.Quotes, q => Assert.Null(q.Speaker));

        var reported = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: Readout of Jane Doe's Meeting with Ruritanian Officials",
            "source: Test Government\ndate: 2025-05-06",
            "Jane Doe, the national security adviser, met Ruritanian officials on Tuesday.",
            "Doe said that the two governments would work together against ransomware and share threat information."));
        AssertRetells(reported, "Jane Doe");
    }

    /// <summary>A page that retells what its principal said is news, with the principal as the speaker.</summary>
    private static void AssertRetells(ArticleAnalysis analysis, string speaker)
    {
        Assert.Equal(ArticleKind.News, analysis.Kind);
        Assert.Contains(analysis.Quotes, q => q.Speaker == speaker);
    }

    [Fact]
    public void A_page_a_government_publishes_in_its_own_voice_is_its_statement_but_the_same_page_from_a_news_outlet_is_not()
    {
        const string body = "\n\nThe White House today released the National Cyber Plan, outlining the Administration's priorities for cyberspace.\n\n" +
                            "The plan is organised around five pillars, which will guide action and resourcing over the coming years.";
        var own = new ArticleAnalyzer().Analyze("title: White House Unveils the National Cyber Plan\nsource: The White House, Briefing Room\ndate: 2026-03-06" + body);
        Assert.Equal(ArticleKind.Statement, own.Kind);
        Assert.Contains(own.Quotes, q => q.Speaker is null && q.Text.Contains("five pillars", StringComparison.Ordinal));

        var reported = new ArticleAnalyzer().Analyze("title: White House Unveils the National Cyber Plan\nsource: Test Wire\ndate: 2026-03-06" + body);
        Assert.Equal(ArticleKind.News, reported.Kind);
        Assert.Empty(reported.Quotes);
    }

    [Fact]
    public void A_government_release_that_reports_an_agency_action_in_passing_is_still_its_own_statement_but_one_retelling_an_official_is_news()
    {
        const string header = "title: The United States and Partners Expose Malicious Cyber Activity\nsource: The White House\ndate: 2021-07-19\n\n";
        var release = new ArticleAnalyzer().Analyze(header + string.Join("\n\n",
            "The United States has long been concerned about irresponsible and destabilizing behavior in cyberspace. Today, the United States and our allies are exposing further details of that pattern of malicious activity.",
            "An unprecedented group of allies and partners, including the European Union and NATO, are joining the United States in exposing these activities.",
            "Our collective approach to cyber threat information sharing, defense and mitigation helps hold irresponsible states to account, and working together strengthens our resilience.",
            "The Department of Justice is announcing criminal charges against four hackers.",
            "We will continue to work with our partners to promote network defense and to disrupt threats to our economies and national security."));
        Assert.Equal(ArticleKind.Statement, release.Kind);
        Assert.Contains(release.Quotes, q => q.Speaker is null && q.Text.Contains("collective approach", StringComparison.Ordinal));

        var retold = new ArticleAnalyzer().Analyze(header + string.Join("\n\n",
            "Jane Doe, the national security adviser, met allied officials on Tuesday.",
            "Doe said that the allies would expose malicious cyber activity together and hold irresponsible states to account.",
            "Doe also said that the partners would share threat information and defend their networks as one."));
        AssertRetells(retold, "Jane Doe");
    }

    [Fact]
    public void Upper_case_headings_that_open_with_what_is_being_done_are_not_speakers_even_when_they_end_in_a_proper_noun()
    {
        var sheet = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: Fact Sheet: President Signs Order to Counter Online Fraud",
            "source: The White House\ndate: 2026-08-12",
            "COUNTERING ONLINE FRAUD: Today, the President signed an order directing agencies to disrupt fraud networks abroad.",
            "- The order directs the coordination centre to share threat information with banks.",
            "PROTECTING FAMILIES ACROSS AMERICA: The President is committed to stopping scams that target older people.",
            "- Last year, consumers reported losing billions of dollars to online scams.",
            "DEFENDING VICTIMS IN OHIO: The order also funds a victims' helpline run with the state."));
        Assert.Equal(ArticleKind.Statement, sheet.Kind);
        Assert.Empty(sheet.Speakers);
        Assert.Contains(sheet.Quotes, q => q.Text.Contains("helpline", StringComparison.Ordinal));
        Assert.Contains(sheet.Quotes, q => q.Text.Contains("billions of dollars", StringComparison.Ordinal));
    }

    [Fact]
    public void A_national_outlet_places_the_people_it_quotes_at_home_unless_the_text_says_otherwise_but_a_wire_does_not()
    {
        const string body = "Police arrested four people over a scam text platform on Tuesday.\n\n" +
            "\u201CThis was a one-stop shop for fraud,\u201D said Graham Holloway, deputy director at the crime agency.\n\n" +
            "\u201CWe will keep pursuing them wherever they are,\u201D said Ana Ruiz, a Spanish police spokesperson.";
        var bbc = new ArticleAnalyzer().Analyze("Four arrested over scam texts\nBy Jane Roe, Cyber correspondent, BBC News\n\n" + body);
        Assert.Equal("United Kingdom", Assert.Single(bbc.Speakers, s => s.Name == "Graham Holloway").Country);
        Assert.Equal("Spain", Assert.Single(bbc.Speakers, s => s.Name == "Ana Ruiz").Country);

        var wire = new ArticleAnalyzer().Analyze("title: Four arrested over scam texts\nsource: Reuters\ndate: 2025-01-02\n\n" + body);
        Assert.Null(Assert.Single(wire.Speakers, s => s.Name == "Graham Holloway").Country);
    }

    [Fact]
    public void A_government_that_names_itself_as_the_source_is_the_country_of_its_statements()
    {
        var release = new ArticleAnalyzer().Analyze(
            "title: Cabinet presents a cyber strategy\nsource: Government of the Netherlands – Ministry of Justice and Security (press release)\ndate: 2025-04-08\n\n" +
            "The cabinet today presented a strategy for digital resilience across government and business.\n\n" +
            "\u201CWe can no longer treat cyber security as a matter for the IT department alone,\u201D said Joris Kuipers, director of the cyber centre.");
        Assert.Equal("Netherlands", release.SourceCountry);
        Assert.Equal("Netherlands", Assert.Single(release.Speakers, s => s.Name == "Joris Kuipers").Country);
    }

    [Fact]
    public void Single_curly_quotes_are_quotes_where_a_document_uses_nothing_else_and_apostrophes_stay_inside()
    {
        var british = Analyze(string.Join("\n\n",
            "Sanne Bakker, chair of the small business association, welcomed the plans.",
            "‘A bakery with six employees doesn’t have a security officer. They need simple tools,’ said Bakker.",
            "The ministry’s plan runs until 2030."));
        var quote = QuoteStarting(british, "A bakery with six employees doesn’t have a security officer");
        Assert.Equal("Sanne Bakker", quote.Speaker);
        Assert.EndsWith("simple tools", quote.Text, StringComparison.Ordinal);

        var american = Analyze(string.Join("\n\n",
            "Jane Doe, the foreign minister, spoke on Monday.",
            "\u201CWe call it the ‘digital wall’ and we will not accept it,\u201D Jane Doe said."));
        Assert.DoesNotContain(american.Quotes, q => q.Text == "digital wall");
    }

    [Fact]
    public void Names_with_particles_and_a_long_role_before_the_name_resolve_to_one_person()
    {
        var a = Analyze(string.Join("\n\n",
            "France’s minister delegate for artificial intelligence and digital affairs, Hélène de Vaucresson, opened the summit on Tuesday.",
            "De Vaucresson said that France would propose shared safety evaluations among allies.",
            "Minister of Justice Anouk van der Meulen presented the strategy.",
            "\u201CWe can no longer treat cyber security as a matter for the IT department alone,\u201D Van der Meulen said."));
        var helene = Assert.Single(a.Speakers, s => s.Name == "Hélène de Vaucresson");
        Assert.Equal("France", helene.Country);
        Assert.StartsWith("minister delegate", helene.Title, StringComparison.Ordinal);
        Assert.Equal("Hélène de Vaucresson", QuoteStarting(a, "France would propose").Speaker);
        Assert.Equal("Anouk van der Meulen", QuoteStarting(a, "We can no longer").Speaker);

        var b = Analyze("\"We are seeing latency roughly double on some routes to Europe,\" said Khalid al-Mansouri, the Emirati company's chief technology officer.");
        var khalid = Assert.Single(b.Speakers, s => s.Name == "Khalid al-Mansouri");
        Assert.Equal(("chief technology officer", null, "United Arab Emirates"), (khalid.Title, khalid.Organization, khalid.Country));
    }

    [Fact]
    public void A_quotation_signed_on_the_next_line_belongs_to_the_signatory()
    {
        var release = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: Government introduces a cyber security act",
            "source: Government of Ruritania – Public Safety\ndate: 2025-06-18",
            "Today, the Minister of Public Safety, the Honourable Marc Leblanc, introduced the act in Parliament.",
            "Quotes",
            "\"Cyber attacks on our hospitals and banks are not a distant threat. They are happening every day.\"",
            "– The Honourable Marc Leblanc, Minister of Public Safety",
            "\"Reporting is the foundation of a good defence, and the faster we know, the faster we warn others.\"",
            "– Rachel Ouellet, Head of the Cyber Centre"));
        Assert.Equal("Marc Leblanc", QuoteStarting(release, "Cyber attacks on our hospitals").Speaker);
        Assert.Equal("Rachel Ouellet", QuoteStarting(release, "Reporting is the foundation").Speaker);
        Assert.Equal("Minister of Public Safety", Assert.Single(release.Speakers, s => s.Name == "Marc Leblanc").Title);
    }

    [Fact]
    public void A_bulleted_list_after_a_statement_signs_nothing()
    {
        var sheet = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "title: FACT SHEET: Administration publishes its water strategy",
            "source: Government of Ruritania\ndate: 2025-06-18",
            "The Strategy sets out a path to secure our water. Together with our partners, we will make our water system:",
            "- Dependable, where supply holds through every drought;",
            "- Affordable, where no household pays more than it can bear; and",
            "- Clean, where every river meets the standard."));
        Assert.DoesNotContain(sheet.Speakers, s => s.Name is "Dependable" or "Affordable" or "Clean");
        Assert.All(sheet.Quotes, q => Assert.DoesNotContain(q.Speaker ?? "", new[] { "Dependable", "Affordable", "Clean" }));
    }

    [Theory]
    [InlineData("Choi Eun-hye, a lawmaker of the main opposition Democratic Party, said the plan was rushed.", "Choi Eun-hye", "lawmaker", "Democratic Party")]
    [InlineData("Ana de la Cruz, head of the National Police's central cybercrime unit, said the plan was rushed.", "Ana de la Cruz", "head", "National Police")]
    public void An_organisation_after_describing_words_or_owning_a_unit_is_split_from_the_title(string sentence, string name, string title, string organisation)
    {
        var speaker = Assert.Single(Analyze(sentence).Speakers, s => s.Name == name);
        Assert.Equal((title, organisation), (speaker.Title, speaker.Organization));
    }

    [Fact]
    public void A_name_set_off_after_a_description_is_the_speaker_not_an_earlier_person()
    {
        var a = Analyze(string.Join("\n\n",
            "Aoife Brennan, director of the National Cyber Security Centre, said the centre was ready for the new law.",
            "The party’s spokeswoman, Mary Daly, said the delay was bad for business.",
            "\u201CIreland cannot pass a basic law on time, and that is an embarrassment,\u201D Ms Daly said."));
        Assert.Equal("Mary Daly", QuoteStarting(a, "the delay was bad").Speaker);
        Assert.Equal("Mary Daly", QuoteStarting(a, "Ireland cannot pass").Speaker);
        Assert.Equal("spokeswoman", Assert.Single(a.Speakers, s => s.Name == "Mary Daly").Title);
    }

    [Fact]
    public void A_quote_split_around_its_attribution_keeps_one_speaker()
    {
        var a = Analyze("Jane Doe, the Foreign Minister of Ruritania, spoke on Monday.\n\n\"We will not be intimidated by anyone at all,\" said Jane Doe. \"Our networks will be defended by every lawful means.\"");
        Assert.Equal("Jane Doe", QuoteStarting(a, "We will not").Speaker);
        Assert.Equal("Jane Doe", QuoteStarting(a, "Our networks").Speaker);
    }

    [Fact]
    public void A_pronoun_follows_the_gender_past_an_intervening_man()
    {
        var a = Analyze("Maria Lopez, the country's cyber envoy, said the talks had stalled.\n\nShe met John Smith, a trade official, on Tuesday.\n\n\"Without rules the internet becomes a battlefield for everyone,\" she said.");
        Assert.Equal("Maria Lopez", QuoteStarting(a, "Without rules").Speaker);
    }

    [Fact]
    public void A_surname_and_a_family_name_first_name_resolve_to_the_full_name()
    {
        var a = Analyze("Wang Lei, China's special envoy for cyber affairs, arrived in Geneva.\n\nWang said that all countries should have an equal voice in rule-making.\n\nVladimir Putin, the President of Russia, spoke later.\n\n\"We propose a treaty on information security for all states,\" Putin said.");
        Assert.Equal("Wang Lei", QuoteStarting(a, "all countries should").Speaker);
        Assert.Equal("Vladimir Putin", QuoteStarting(a, "We propose").Speaker);
    }

    [Fact]
    public void An_unnamed_official_keeps_the_description_and_is_never_given_a_name()
    {
        var a = Analyze("Anne Neuberger, the deputy national security adviser, briefed reporters.\n\nA senior administration official, speaking on condition of anonymity, said the sanctions would take effect within days.");
        var quote = QuoteStarting(a, "the sanctions would");
        Assert.Equal("senior administration official", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void According_to_and_parenthetical_cues_give_the_reported_clause()
    {
        var a = Analyze("Long Zhou, the Coordinator for Cyber Affairs of China's Ministry of Foreign Affairs, spoke at the forum.\n\nAccording to him, a set of just international rules will be needed.\n\nChina, he said, is ready to work with all parties on a cyber order.");
        Assert.Equal("a set of just international rules will be needed", QuoteStarting(a, "a set of").Text);
        Assert.Equal("Long Zhou", QuoteStarting(a, "is ready to work").Speaker);
    }

    [Fact]
    public void A_multi_paragraph_quote_gives_one_quote_per_paragraph_with_one_speaker()
    {
        var a = Analyze("Amina Okafor, Nigeria's Minister of Communications, addressed the assembly.\n\n\"Our hospitals have been attacked again and again by criminals.\n\n\"We ask only for the same protection that others enjoy,\" Okafor said.");
        Assert.Equal("Amina Okafor", QuoteStarting(a, "Our hospitals").Speaker);
        Assert.Equal("Amina Okafor", QuoteStarting(a, "We ask only").Speaker);
        var profile = Assert.Single(a.Speakers);
        Assert.Equal("Minister of Communications", profile.Title);
        Assert.Equal("Nigeria", profile.Country);
    }

    [Fact]
    public void A_title_before_the_name_gives_title_and_country()
    {
        var a = Analyze("Russian Foreign Minister Sergei Lavrov said that Western countries were militarising cyberspace.");
        var speaker = Assert.Single(a.Speakers);
        Assert.Equal("Sergei Lavrov", speaker.Name);
        Assert.Equal("Foreign Minister", speaker.Title);
        Assert.Equal("Russia", speaker.Country);
    }

    [Fact]
    public void A_transcript_labels_turns_and_leaves_out_journalists_questions()
    {
        var text = "title: Press Briefing by Press Secretary Jen Psaki\nsource: The White House\ndate: 2021-02-17\n\n" +
                   "MS. PSAKI: Good afternoon. We are announcing new steps on ransomware today.\n\n" +
                   "Q Will there be sanctions against Russia?\n\n" +
                   "MS. PSAKI: We will respond at a time and in a manner of our choosing.\n";
        var a = new ArticleAnalyzer().Analyze(text);
        Assert.Equal(ArticleKind.Transcript, a.Kind);
        Assert.All(a.Quotes, q => Assert.Equal("Jen Psaki", q.Speaker));
        Assert.DoesNotContain(a.Quotes, q => q.Text.Contains("sanctions against Russia", StringComparison.Ordinal));
        Assert.Equal(2, a.Quotes.Count);
    }

    [Fact]
    public void A_speech_is_the_author_s_paragraph_by_paragraph_with_country_from_the_title()
    {
        var text = "title: Statement by Toomas Hendrik Ilves (President, Estonia) at the General Debate of the 62nd session of the UN General Assembly, 2007\nsource: UNGDC\ndate: 2007\n\n" +
                   "Cyber attacks are a new threat to the security of every nation represented here.\n\n" +
                   "Estonia calls for an international agreement to criminalise such attacks.\n";
        var a = new ArticleAnalyzer().Analyze(text);
        Assert.Equal(ArticleKind.Statement, a.Kind);
        Assert.Equal(2, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.Equal("Toomas Hendrik Ilves", q.Speaker));
        var speaker = Assert.Single(a.Speakers);
        Assert.Equal("President", speaker.Title);
        Assert.Equal("Estonia", speaker.Country);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_analysis()
    {
        const string body = "Jane Doe, the envoy, said the talks had made progress on norms.";
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(Analyze(body)), System.Text.Json.JsonSerializer.Serialize(Analyze(body)));
    }
}
