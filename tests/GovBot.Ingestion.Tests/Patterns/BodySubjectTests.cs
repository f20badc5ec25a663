using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Import;
using GovBot.Tests.Shared;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Bodies that speak in their own name, and bodies whose quoted official speaks for them; made-up articles.</summary>
public sealed class BodySubjectTests
{
    [Fact]
    public void A_body_named_before_its_auxiliaries_or_after_an_opener_speaks()
    {
        var analysis = Analyze(
            "Inspectors visited the Velmora port on Monday.",
            "The Harbour Safety Department has said it found no fault with the cranes.",
            "Regardless, the Coastal Transport Ministry said the port would reopen on Friday.");
        Assert.Equal("Harbour Safety Department", QuoteStarting(analysis, "it found no fault").Speaker);
        Assert.Equal(QuoteKind.Indirect, QuoteStarting(analysis, "it found no fault").Kind);
        Assert.Equal("Coastal Transport Ministry", QuoteStarting(analysis, "the port would reopen").Speaker);
    }

    [Fact]
    public void An_acronym_or_a_capitalised_body_after_the_article_speaks()
    {
        var analysis = Analyze(
            "The inquiry into the Velmora shipyard fire entered its second month.",
            "The VNSB said it had no record of the shipyard's inspection reports.",
            "The Varnholt says the inquiry will publish its findings in the spring.");
        Assert.Equal("VNSB", QuoteStarting(analysis, "it had no record").Speaker);
        Assert.Equal("Varnholt", QuoteStarting(analysis, "the inquiry will publish").Speaker);
    }

    [Fact]
    public void A_description_after_an_according_to_body_stands_for_that_body()
    {
        var analysis = Analyze(
            "Fewer people fish the Velmora coast than in the nineties, according to the Velmora Angling Foundation. Almost 300 boats have left the harbour since 2015, the group says.");
        Assert.Equal("Velmora Angling Foundation", QuoteStarting(analysis, "Almost 300 boats have left").Speaker);
    }

    [Fact]
    public void A_description_stands_for_the_body_of_that_kind_named_before()
    {
        var analysis = Analyze(
            "The Velmora Labour Department published its monthly figures on Friday.",
            "The department said employers had added 12,000 jobs in March.",
            "More hiring is expected in the summer, the department said.");
        Assert.Equal("Velmora Labour Department", QuoteStarting(analysis, "employers had added").Speaker);
        Assert.Equal("Velmora Labour Department", QuoteStarting(analysis, "More hiring is expected").Speaker);
    }

    [Fact]
    public void A_body_whose_quoted_official_speaks_for_it_is_left_to_the_official_when_retold_by_description_or_tag()
    {
        var analysis = Analyze(
            "The Velmora Port Authority closed two berths on Monday.",
            "\"We will not reopen them until the cranes are safe,\" said Dana Orvik, the director of the Velmora Port Authority.",
            "The company said its cranes had passed every inspection.",
            "The berths on the north quay will stay shut through the holiday, the Velmora Port Authority said.");
        NoQuoteStarting(analysis, "its cranes had passed");
        NoQuoteStarting(analysis, "The berths on the north quay");
        Assert.Equal("Dana Orvik", QuoteStarting(analysis, "We will not reopen").Speaker);
    }

    [Fact]
    public void A_sentence_that_opens_with_the_body_by_name_is_the_body_statement_even_when_its_official_is_quoted()
    {
        var analysis = Analyze(
            "The Velmora Port Authority closed two berths on Monday.",
            "\"We will not reopen them until the cranes are safe,\" said Dana Orvik, the director of the Velmora Port Authority.",
            "The Velmora Port Authority said the closure would last at least a week.");
        Assert.Equal("Velmora Port Authority", QuoteStarting(analysis, "the closure would last").Speaker);
        Assert.Equal("Dana Orvik", QuoteStarting(analysis, "We will not reopen").Speaker);
    }

    [Fact]
    public void A_description_that_goes_on_from_the_body_own_statement_is_the_body_still_speaking()
    {
        var analysis = Analyze(
            "\"Our buyers pay for every crate they lose,\" said Dana Orvik, the chief of Harbourline.",
            "Harbourline keeps its own accounts private but says its freight volume doubled last year.",
            "The company says a larger fleet of tugs helped it win the Velmora contract.");
        Assert.Equal("Harbourline", QuoteStarting(analysis, "its freight volume doubled").Speaker);
        Assert.Equal("Harbourline", QuoteStarting(analysis, "a larger fleet of tugs").Speaker);
    }

    [Fact]
    public void A_one_word_name_the_article_never_gives_a_person_is_a_body()
    {
        var analysis = Analyze(
            "Shares of the ride-hailing firm fell on Tuesday.",
            "Zentrix said it had suspended 40,000 accounts linked to fraud since March.",
            "Jo Brackett, a driver, said the app had crashed twice.",
            "Brackett said the fares had doubled.");
        Assert.Equal("Zentrix", QuoteStarting(analysis, "it had suspended 40,000").Speaker);
        Assert.Equal("Jo Brackett", QuoteStarting(analysis, "the fares had doubled").Speaker);
    }

    [Fact]
    public void An_organisation_head_closes_a_body_name_and_an_aside_keeps_the_longer_side()
    {
        var analysis = Analyze(
            "The fund-raising quarter ended on Friday.",
            "The Lakeshore Policy Network says it will spend $2 million on radio ads.",
            "Turnout in the county fell by a third in two years, the Marlow Tenants Union said, citing county records.");
        Assert.Equal("Lakeshore Policy Network", QuoteStarting(analysis, "it will spend").Speaker);
        Assert.Equal("Marlow Tenants Union", QuoteStarting(analysis, "Turnout in the county").Speaker);
    }

    [Fact]
    public void A_description_with_no_body_of_that_kind_named_is_left_out()
    {
        var analysis = Analyze(
            "The storm cut power to the valley on Sunday.",
            "The agency said it had restored power to most homes by noon.");
        NoQuoteStarting(analysis, "it had restored power");
    }

    [Fact]
    public void The_company_refers_back_to_the_body_that_spoke_last()
    {
        var analysis = Analyze(
            "Shares of the ride-hailing firm fell on Tuesday.",
            "In response, Zentrix said it was investigating the outage.",
            "The company said it had suspended 40,000 accounts linked to fraud since March.");
        Assert.Equal("Zentrix", QuoteStarting(analysis, "it had suspended 40,000").Speaker);
    }

    [Fact]
    public void A_second_speech_verb_shares_the_body_that_opens_the_sentence()
    {
        var analysis = Analyze(
            "Inspectors visited the Velmora port on Monday.",
            "The Harbour Safety Department has reviewed 1,500 pages of records and says it will publish them in May.");
        Assert.Equal("Harbour Safety Department", QuoteStarting(analysis, "it will publish them").Speaker);
    }

    [Fact]
    public void According_to_a_public_body_or_the_department_named_before_gives_the_body()
    {
        var analysis = Analyze(
            "The Velmora Labour Department published its monthly figures on Friday.",
            "Only one factory closed last year, according to the Velmora Mining Agency.",
            "In addition, according to the department, some 4,200 dock workers will gain paid sick leave under the new code.");
        Assert.Equal("Velmora Mining Agency", QuoteStarting(analysis, "Only one factory closed").Speaker);
        Assert.Equal("Velmora Labour Department", QuoteStarting(analysis, "some 4,200 dock workers").Speaker);
    }

    [Fact]
    public void What_a_body_announces_after_a_comma_is_a_thing_not_a_statement()
    {
        var analysis = Analyze(
            "Inspectors visited the Velmora port on Monday.",
            "The Harbour Safety Department reviewed the crane records on Monday, announcing new inspections of every crane in the port.",
            "The Harbour Safety Department reviewed the berth records on Tuesday, adding that two berths would stay closed.");
        NoQuoteStarting(analysis, "new inspections of every crane");
        Assert.Equal("Harbour Safety Department", QuoteStarting(analysis, "two berths would stay closed").Speaker);
    }

    [Fact]
    public void Time_words_between_a_body_and_its_verb_are_no_part_of_its_name()
    {
        var analysis = Analyze(
            "Residents of the Orlen valley have boiled their water since spring.",
            "The Orlen Water Department only nine days ago said that runoff from the quarry had tainted the reservoir.",
            "The Ridgeway Transit Committee this week announced that fares would rise by a fifth in the spring.");
        Assert.Equal("Orlen Water Department", QuoteStarting(analysis, "runoff from the quarry").Speaker);
        Assert.Equal("Ridgeway Transit Committee", QuoteStarting(analysis, "fares would rise").Speaker);
    }

    [Fact]
    public void Two_bodies_joined_by_and_speak_together()
    {
        var analysis = Analyze(
            "The ferry inspections were delayed for a month.",
            "The Coastal Licensing Office and the Ministry of Ports have said the ferry permits were issued under the rules in force at the time.");
        Assert.Equal("Coastal Licensing Office and the Ministry of Ports", QuoteStarting(analysis, "the ferry permits were issued").Speaker);
    }

    [Fact]
    public void A_company_opening_a_subordinate_clause_speaks()
    {
        var analysis = Analyze(
            "The dock workers' union called a strike in August after Velnor announced it was moving its repair yard to the coast.",
            "Velnor has not commented on the strike.");
        Assert.Equal("Velnor", QuoteStarting(analysis, "it was moving its repair yard").Speaker);
    }

    [Fact]
    public void A_brand_with_a_capital_inside_the_word_is_a_body_but_a_particle_surname_is_not()
    {
        var analysis = Analyze(
            "Advertisers have left the harbor board's website.",
            "On Monday, FerryLink announced it would end its sponsorship of the board's summer regatta.",
            "McBrennan said the board would find new sponsors within a month.");
        Assert.Equal("FerryLink", QuoteStarting(analysis, "it would end its sponsorship").Speaker);
        NoQuoteStarting(analysis, "the board would find new sponsors");
    }

    [Fact]
    public void A_prepositional_aside_between_a_body_and_its_verb_is_stepped_over_but_a_relative_clause_is_not()
    {
        var analysis = Analyze(
            "Shippers protested outside the harbor office on Monday.",
            "The Ferris administration, in a bid to calm shippers, has said it will delay the levy until the autumn.",
            "Portwise, which ran the old ferry line, said the levy would drive it out of business.");
        Assert.Equal("Ferris administration", QuoteStarting(analysis, "it will delay the levy").Speaker);
        NoQuoteStarting(analysis, "the levy would drive it");
    }

    [Fact]
    public void A_one_word_body_shares_its_second_verb()
    {
        var analysis = Analyze(
            "Ferry bookings rose in the spring.",
            "Tidemark publishes no accounts but says its ferry bookings have doubled since May.",
            "Walking past the quay, Ostrand waved to the crowd and said the ferries would run late.");
        Assert.Equal("Tidemark", QuoteStarting(analysis, "its ferry bookings have doubled").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Walking");
    }

    [Fact]
    public void A_list_of_words_joined_by_and_is_not_two_bodies()
    {
        var analysis = Analyze("The Department of Harbors, Fisheries and Coasts said a revised scheme would go to the cabinet before the end of June.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Fisheries and Coasts");
    }

    [Fact]
    public void A_department_named_before_speaks_by_its_short_name()
    {
        var analysis = Analyze(
            "The Harbors Department has been slow to publish the ferry inspection files.",
            "Harbors first said the files would be online by March, then moved the date to June.");
        Assert.Equal("Harbors Department", QuoteStarting(analysis, "the files would be online").Speaker);
    }

    [Fact]
    public void A_brand_with_a_short_suffix_is_a_body_and_the_company_refers_back_to_it()
    {
        var analysis = Analyze(
            "Ferry data firms rarely publish their accounts.",
            "Dockstat-X keeps its accounts private but says its client list has tripled since 2023.",
            "The company says its analysts now track every ferry route in the region.");
        Assert.Equal("Dockstat-X", QuoteStarting(analysis, "its client list has tripled").Speaker);
        Assert.Equal("Dockstat-X", QuoteStarting(analysis, "its analysts now track").Speaker);
    }

    [Fact]
    public void A_word_the_article_also_writes_in_lower_case_is_no_body()
    {
        // Edi Rama's 2022 UN speech opens a sentence with "More than ever, …" and later quotes a proverb in a paragraph of its own.
        var path = RepoPaths.Corpus(Path.Combine("un-general-debate", "2022_ALB_77_edi-rama.txt"));
        var analysis = new ArticleAnalyzer().Analyze(DocumentFiles.Decode(File.ReadAllBytes(path)), path);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "More");
        Assert.DoesNotContain(analysis.Speakers, s => s.Name == "More");
    }
}
