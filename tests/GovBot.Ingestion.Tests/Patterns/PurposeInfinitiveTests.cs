using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>A speech verb as the purpose of the subject's action (", to argue that", "only to tell"); made-up articles.</summary>
public sealed class PurposeInfinitiveTests
{
    [Fact]
    public void The_subject_of_the_clause_says_what_its_purpose_infinitive_reports()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz and Councilman Tomas Brennan met voters on Tuesday.",
            "Brennan took the mayor's call late on Wednesday, but only to tell Ortiz that he would not back the levy.");
        Assert.Equal("Tomas Brennan", QuoteStarting(analysis, "he would not back the levy").Speaker);
    }

    [Fact]
    public void An_intention_to_speak_is_no_statement()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz and Councilman Tomas Brennan met voters on Tuesday.",
            "Brennan wants to tell Ortiz that he would not back the levy.");
        NoQuoteStarting(analysis, "he would not back the levy");
    }

    [Fact]
    public void An_act_of_appearing_done_to_speak_reports_the_words()
    {
        var analysis = Analyze(
            "Harbour master Piet Hanke faced questions about the ferry quota this week.",
            "Hanke tweeted on Monday to say the quota was never his idea.",
            "Councillor Ines Calloway stood at a town meeting in Tarnby to say the quay would be rebuilt.");
        Assert.Equal("Piet Hanke", QuoteStarting(analysis, "the quota was never his idea").Speaker);
        Assert.Equal("Ines Calloway", QuoteStarting(analysis, "the quay would be rebuilt").Speaker);
    }
}
