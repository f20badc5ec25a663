using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>"As X said" asides inside a sentence, and relative clauses whose antecedent is no name; made-up articles.</summary>
public sealed class AsideCueTests
{
    [Fact]
    public void An_as_aside_reports_the_quotation_before_it_not_the_words_after_its_occasion()
    {
        var analysis = Analyze(
            "The Brackwater port authority will vote on the dredging levy on Tuesday, board member Ilse Varnhagen said.",
            "That the levy vote “is far too close to predict,” as Varnhagen told a harbor podcast on Sunday, only raises the pressure on the mayor.");
        Assert.Equal("Ilse Varnhagen", QuoteStarting(analysis, "is far too close to predict").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("raises the pressure", StringComparison.Ordinal));
    }

    [Fact]
    public void An_as_aside_without_a_quotation_reports_nothing_after_it()
    {
        var analysis = Analyze(
            "The Brackwater port authority will vote on the dredging levy on Tuesday, board member Ilse Varnhagen said.",
            "The cost of dredging, as Varnhagen noted at a town meeting in May, has doubled since the last survey.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.Contains("has doubled", StringComparison.Ordinal) && !q.Text.StartsWith("The cost", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_speaks_for_its_antecedent_phrase_never_for_the_clause_before_it()
    {
        var analysis = Analyze(
            "The Orlek water ministry inspected the Fennmoor pumping station on Monday.",
            "Deputy minister Corin Halvey met a junior hydrologist, who said the intake pipes were cracked.",
            "Halvey later thanked the night-shift operators who said the alarms had failed twice.");
        Assert.Equal("junior hydrologist", QuoteStarting(analysis, "the intake pipes were cracked").Speaker);
        Assert.Equal("night-shift operators", QuoteStarting(analysis, "the alarms had failed twice").Speaker);
    }

    [Fact]
    public void A_parenthetical_cue_before_a_joined_clause_reports_the_words_before_it()
    {
        var analysis = Analyze(
            "The Veldmark cyber agency audited the tram network's ticket servers this spring.",
            "Agency director Hollis Prew said the audit found two open ports.",
            "The patch for the ticket servers is overdue, Prew said, and the tram operator has not replied to three letters.",
            "The servers still run an old system, city officials said, but the operator plans to replace them in June.");
        Assert.Equal("Hollis Prew", QuoteStarting(analysis, "The patch for the ticket servers is overdue").Speaker);
        Assert.Equal("city officials", QuoteStarting(analysis, "The servers still run an old system").Speaker);
        NoQuoteStarting(analysis, "and the tram operator");
        NoQuoteStarting(analysis, "but the operator plans");
    }

    [Fact]
    public void A_colon_after_the_cue_opens_the_reported_clause_but_not_a_quotation()
    {
        var analysis = Analyze(
            "The Ostrava Bay water board published its drought plan on Friday.",
            "Board engineer Milan Terhune said: the eastern reservoir will run dry by August unless rain comes.",
            "Terhune added: “We have asked every household to cut its use by a fifth.”");
        var statement = QuoteStarting(analysis, "the eastern reservoir will run dry");
        Assert.Equal("Milan Terhune", statement.Speaker);
        Assert.EndsWith("unless rain comes", statement.Text, StringComparison.Ordinal);
        Assert.Equal("Milan Terhune", QuoteStarting(analysis, "We have asked every household").Speaker);
    }

    [Fact]
    public void A_clause_with_its_own_speech_verb_spliced_after_a_parenthetical_cue_is_a_second_statement()
    {
        var analysis = Analyze(
            "The Kellby ministry of digital affairs reviewed the new e-voting servers on Wednesday.",
            "Deputy minister Anouk Brasse said the review took three weeks.",
            "The servers passed every load test, Brasse noted, outside security researchers say the login page still leaks session data.");
        Assert.Equal("Anouk Brasse", QuoteStarting(analysis, "The servers passed every load test").Speaker);
        var second = QuoteStarting(analysis, "the login page still leaks session data");
        Assert.Equal("outside security researchers", second.Speaker);
        NoQuoteStarting(analysis, "outside security researchers say");
    }
}
