using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Groups and described people as subjects of speech verbs, written with quantifiers, long modifiers or asides; made-up articles.</summary>
public sealed class GroupSubjectTests
{
    [Fact]
    public void A_quantifier_standing_for_people_speaks_as_written()
    {
        var analysis = Analyze(
            "The Tarrow port authority met its crane drivers after the night shift was cut.",
            "After the vote, most of them said the new rota was fairer to older drivers.",
            "In the dock canteen, some are quietly saying the port will close a berth.",
            "The authority thanked the drivers, and many said the talks had been fair.",
            "All but three said the authority should publish the shift rota.");
        Assert.Equal("most of them", QuoteStarting(analysis, "the new rota was fairer").Speaker);
        Assert.Equal("some", QuoteStarting(analysis, "the port will close a berth").Speaker);
        Assert.Equal("many", QuoteStarting(analysis, "the talks had been fair").Speaker);
        Assert.Equal("All but three", QuoteStarting(analysis, "the authority should publish the shift rota").Speaker);
    }

    [Fact]
    public void None_and_a_share_after_even_as_speak()
    {
        var analysis = Analyze(
            "The dock unions met twice in March, and none has said it would back a strike this year.",
            "The port hired more crews even as some of its own organizers have said the shifts are unsafe.");
        Assert.Equal("none", QuoteStarting(analysis, "it would back a strike").Speaker);
        Assert.Equal("some of its own organizers", QuoteStarting(analysis, "the shifts are unsafe").Speaker);
    }

    [Fact]
    public void A_described_source_after_a_dash_speaks()
    {
        var analysis = Analyze(
            "The dredging plan stalled for a year — a former aide said the permits were never filed — before the board revived it.");
        Assert.Equal("former aide", QuoteStarting(analysis, "the permits were never filed").Speaker);
    }

    [Fact]
    public void A_share_of_a_group_with_a_relative_clause_is_the_group_as_written()
    {
        var analysis = Analyze(
            "The Fenmarsh water board voted to replace its pumping station.",
            "Many of the district officials who wanted to repair the old pumps said the vote was rushed.");
        Assert.Equal("Many of the district officials", QuoteStarting(analysis, "the vote was rushed").Speaker);
    }

    [Fact]
    public void A_group_before_a_clause_with_no_relative_word_speaks()
    {
        var analysis = Analyze(
            "The cyber ministry held a closed briefing for operators of the power grid.",
            "Several engineers I have spoken with said the briefing skipped the ransomware drill.");
        Assert.Equal("Several engineers", QuoteStarting(analysis, "the briefing skipped the ransomware drill").Speaker);
    }

    [Fact]
    public void A_place_word_after_the_group_is_no_part_of_it()
    {
        var analysis = Analyze(
            "The Quarry Lane tram extension opened to riders on Monday.",
            "On the east bank, proponents of the tram levy here say the line has already filled the shops.",
            "Her campaign volunteers here said the phone bank closes at nine every night.");
        Assert.Equal("proponents of the tram levy", QuoteStarting(analysis, "the line has already filled the shops").Speaker);
        Assert.Equal("Her campaign volunteers", QuoteStarting(analysis, "the phone bank closes at nine").Speaker);
    }

    [Fact]
    public void A_counted_source_with_a_long_aside_speaks_as_written()
    {
        var analysis = Analyze(
            "The Harlow port authority dismissed its audit contractor last spring.",
            "One former employee, speaking privately since a wage claim is still open, said the audit skipped the fuel accounts.");
        Assert.Equal("One former employee", QuoteStarting(analysis, "the audit skipped the fuel accounts").Speaker);
    }

    [Fact]
    public void A_group_opening_a_while_clause_speaks()
    {
        var analysis = Analyze(
            "The Brenmoor dam turned ninety this year.",
            "While some economists say the dam still pays its way, others say it needs a new spillway within a year.");
        Assert.Equal("some economists", QuoteStarting(analysis, "the dam still pays its way").Speaker);
        Assert.Equal("others", QuoteStarting(analysis, "it needs a new spillway").Speaker);
    }

    [Fact]
    public void A_group_inside_a_relative_clause_says_the_rest_of_it()
    {
        var analysis = Analyze(
            "The ministry froze the grants of a housing trust in Calder that investigators said was moving funds offshore.",
            "The new berth fees, which port officials said will start in June, leave the fishing fleet out.");
        Assert.Equal("investigators", QuoteStarting(analysis, "was moving funds offshore").Speaker);
        var fees = QuoteStarting(analysis, "will start in June");
        Assert.Equal("port officials", fees.Speaker);
        Assert.DoesNotContain("fleet", fees.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_after_what_than_or_where_says_the_rest_of_its_clause()
    {
        var analysis = Analyze(
            "Dock crews got what many union members said was a plain pay cut, but the port authority stood by it.",
            "The new pier cost far less than engineers say the old one did in its first year.",
            "The tram ends in Westholm, where residents say trade has doubled since the spring.");
        var rota = QuoteStarting(analysis, "was a plain pay cut");
        Assert.Equal("many union members", rota.Speaker);
        Assert.DoesNotContain("authority", rota.Text, StringComparison.Ordinal);
        Assert.Equal("engineers", QuoteStarting(analysis, "the old one did in its first year").Speaker);
        Assert.Equal("residents", QuoteStarting(analysis, "trade has doubled").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is not null && q.Speaker.Contains("pier cost", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_or_friend_described_by_a_possessive_speaks()
    {
        var analysis = Analyze(
            "The ferry pilot had warned about the fog twice that week, her friend said.",
            "His son said on Friday that the boatyard would stay open through the winter.");
        Assert.Equal("her friend", QuoteStarting(analysis, "The ferry pilot had warned").Speaker);
        Assert.Equal("His son", QuoteStarting(analysis, "the boatyard would stay open").Speaker);
    }

    [Fact]
    public void Some_who_and_an_editorial_speak_as_written()
    {
        var analysis = Analyze(
            "The Calder council will vote on the pier next week.",
            "Some who defend the old pier argue that repairs would cost less than a new one.",
            "The editorial noted that the council had never published the tender.");
        Assert.Equal("Some who defend the old pier", QuoteStarting(analysis, "repairs would cost less").Speaker);
        Assert.Equal("editorial", QuoteStarting(analysis, "the council had never published the tender").Speaker);
    }

    [Fact]
    public void People_defined_by_a_relative_clause_after_a_fronted_clause_speak_as_written()
    {
        var analysis = Analyze(
            "Even though the water board cannot inspect every main, engineers who repaired the eastern tunnels almost all say the board should hire more crews.",
            "This explains why critics say the board tried to sell the pier in secret.");
        Assert.Equal("engineers who repaired the eastern tunnels", QuoteStarting(analysis, "the board should hire more crews").Speaker);
        Assert.Equal("critics", QuoteStarting(analysis, "the board tried to sell the pier").Speaker);
    }

    [Fact]
    public void A_named_object_before_that_is_no_group()
    {
        var analysis = Analyze(
            "The port kept some records that officials said would harm the inquiry.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker is not null && q.Speaker.Contains("port kept", StringComparison.Ordinal));
        Assert.Equal("officials", QuoteStarting(analysis, "would harm the inquiry").Speaker);
    }

    [Fact]
    public void A_group_before_its_relative_clause_shares_a_later_participle()
    {
        var analysis = Analyze(
            "The Tarnby harbour board met on Thursday.",
            "Councillors, who fill most seats on the board, have turned down three dredging bids this year, saying the silt keeps the cod close to shore.");
        Assert.Equal("Councillors", QuoteStarting(analysis, "the silt keeps the cod").Speaker);
    }
}
