using GovBot.Core.Analysis;
using GovBot.Core.Domain;
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
    public void A_body_whose_quoted_official_speaks_for_it_is_left_to_the_official()
    {
        var analysis = Analyze(
            "The Velmora Port Authority closed two berths on Monday.",
            "\"We will not reopen them until the cranes are safe,\" said Dana Orvik, the director of the Velmora Port Authority.",
            "The Velmora Port Authority said the closure would last at least a week.",
            "The company said its cranes had passed every inspection.");
        NoQuoteStarting(analysis, "the closure would last");
        NoQuoteStarting(analysis, "its cranes had passed");
        Assert.Equal("Dana Orvik", QuoteStarting(analysis, "We will not reopen").Speaker);
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
}
