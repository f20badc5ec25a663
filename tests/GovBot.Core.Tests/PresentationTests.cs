using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Summaries;
using GovBot.Core.Text;

namespace GovBot.Core.Tests;

/// <summary>What readers see: reported speech never looks verbatim, counts and sources match what is shown, statements read clean.</summary>
public sealed class PresentationTests(KnowledgeFixture knowledge) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Reported_speech_is_labelled_and_never_in_quotation_marks_in_quote_speaker_summary_and_ask()
    {
        var quote = knowledge.Quotes.Handle(new QuoteRequest("treaty talks", "Petrov"));
        var field = Assert.Single(quote.Fields);
        Assert.StartsWith("(reported) ", field.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("“", field.Value, StringComparison.Ordinal);

        var speaker = knowledge.Speakers.Handle("Alexander Petrov");
        var reported = Assert.Single(speaker.Fields, f => f.Name == "Reported statement");
        Assert.StartsWith("(reported) ", reported.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(speaker.Fields, f => f.Value.StartsWith('“') && f.Value.Contains("treaty talks", StringComparison.Ordinal));

        var summary = knowledge.Summaries.Handle("Envoy warns on cyber treaty");
        Assert.Contains(summary.Fields, f => f.Value.StartsWith("(reported) ", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Fields, f => f.Value.StartsWith('“'));

        var ask = new AskHandler(knowledge.Store, knowledge.Index, knowledge.Time).Handle("What did Alexander Petrov say about the treaty talks?");
        Assert.Equal(ReplyOutcome.Answered, ask.Outcome);
        Assert.StartsWith("(reported) ", ask.Fields[0].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("verbatim from stored statements", ask.Footer ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Long Zhou say about an arms race?")]
    [InlineData("What did Putin say about personal data?")]
    [InlineData("What did Lavrov say about the UN?")]
    public void Ask_says_verbatim_only_when_every_answer_is_direct_speech(string question)
    {
        var ask = new AskHandler(knowledge.Store, knowledge.Index, knowledge.Time).Handle(question);
        Assert.Equal(ReplyOutcome.Answered, ask.Outcome);
        Assert.All(ask.Fields, f => Assert.True(f.Value.StartsWith('“') || f.Value.StartsWith("(reported) ", StringComparison.Ordinal), f.Value));
        var allDirect = ask.Fields.All(f => f.Value.StartsWith('“'));
        Assert.Equal(allDirect, ask.Footer == "Quoted verbatim from stored statements");
        Assert.Equal(allDirect, ask.Footer!.Contains("verbatim", StringComparison.Ordinal) && !ask.Footer.Contains("reported", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_filter_counts_that_speaker_s_statements_not_the_whole_store()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest(null, "Long Zhou"));
        var speakerId = knowledge.Index.FindSpeakers("Long Zhou", 1)[0].SpeakerId;
        var own = knowledge.Index.StatsFor(speakerId).Statements;
        Assert.True(own < knowledge.Index.StatementCount);
        Assert.Equal($"{reply.Fields.Count} best of {own} statements by Long Zhou", reply.Footer);
    }

    [Fact]
    public void A_topic_counts_the_statements_it_matched()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("arms race", null, 2));
        Assert.Matches(@"^2 best of \d+ statements matching “arms race”$", reply.Footer!);
        var matched = int.Parse(reply.Footer!.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(matched, 3, knowledge.Index.StatementCount - 1);
    }

    [Fact]
    public void Each_answer_carries_its_own_source_so_a_page_lists_only_the_sources_it_shows()
    {
        var reply = knowledge.Quotes.Handle(new QuoteRequest("security", null, 10));
        Assert.All(reply.Fields, f => Assert.NotNull(f.Source));
        var firstTwo = reply.CitationsFor(reply.Fields.Take(2));
        Assert.Equal(reply.Fields.Take(2).Select(f => f.Source).Distinct(), firstTwo);
        Assert.True(firstTwo.Count < reply.Citations.Count, "the test needs answers from more sources than the first two show");
    }

    [Theory]
    [InlineData("- Implementing the national strategy.", "Implementing the national strategy.")]
    [InlineData("• Protecting critical infrastructure.", "Protecting critical infrastructure.")]
    [InlineData("1. Deterring attacks.\n2. Building norms.", "Deterring attacks.\nBuilding norms.")]
    [InlineData("(a) Sharing threat data.", "Sharing threat data.")]
    [InlineData("U.S. officials said 5. things", "U.S. officials said 5. things")]
    [InlineData("Cyber-attacks - not accidents - are the threat.", "Cyber-attacks - not accidents - are the threat.")]
    [InlineData("THWARTING CYBER CRIMES: Today, the President signed an order.", "Today, the President signed an order.")]
    [InlineData("- DELIVERING SECURITY FOR AMERICANS: The order funds a helpline.", "The order funds a helpline.")]
    [InlineData("NATO: The alliance met today.", "NATO: The alliance met today.")]
    [InlineData("The message was clear: NO MORE RANSOM: We will not pay.", "The message was clear: NO MORE RANSOM: We will not pay.")]
    public void List_markers_and_upper_case_headings_are_layout_and_are_dropped(string stored, string shown) =>
        Assert.Equal(shown, StatementText.Clean(stored));

    [Fact]
    public void A_stored_bullet_is_shown_as_a_clean_sentence()
    {
        Assert.Equal("“Implementing the strategy.”", ReplyText.Said("- Implementing the strategy.", QuoteKind.Direct));
        Assert.Equal("(reported) Implementing the strategy.", ReplyText.Said("• Implementing the strategy.", QuoteKind.Indirect));
    }

    [Fact]
    public void Greetings_thanks_and_procedure_rank_below_statements_on_the_subject()
    {
        const string greeting = "Good afternoon. Thanks so much for having me, and hello, everybody. It is a pleasure to be here.";
        const string opensPolitely = "Thank you, Mr. President. The agency now blocks sites that trade stolen personal data.";
        const string substantive = "States must not attack each other's critical infrastructure, and ransomware gangs must find no safe haven.";
        const string aside = "We must change our lifestyles and use less energy, and we must protect our rivers.";
        Assert.True(Substance.Of(substantive) > Substance.Of(opensPolitely));
        Assert.True(Substance.Of(opensPolitely) > Substance.Of(greeting));
        Assert.True(Substance.Of(substantive) > Substance.Of(aside));
        Assert.True(Substance.Of(aside, ["rivers"]) > Substance.Of(aside), "an article's own topics count as its subject");
        Assert.True(Substance.IsCourtesy("Next question, please."));
        Assert.False(Substance.IsCourtesy("Thanksgiving traffic rose as hackers struck retailers."));
    }

    [Fact]
    public void Key_quotes_of_an_article_skip_the_opening_courtesy_for_what_it_says_on_its_topics()
    {
        static Statement S(int start, string text) => new() { Id = start, SpeakerId = "s1", SpeakerLabel = "A Speaker", Text = text, Start = start, Kind = QuoteKind.Direct };
        var statements = new[]
        {
            S(0, "It is truly a great honour for me to address this Assembly, and I congratulate you, Mr. President, on your election."),
            S(200, "We must change our lifestyles, consume less energy and live in harmony with nature, as our traditions teach."),
            S(400, "Cyberspace must not become a new theatre of conflict: we need international norms that protect critical infrastructure."),
            S(600, "Terrorism and its financing remain a threat that no country can meet alone, and the world must act together now."),
        };
        var chosen = SummaryHandler.KeyQuotes(statements, ["cyberspace", "terrorism"]).Take(2).Select(s => s.Start).ToList();
        Assert.Equal([400, 600], chosen);

        // A long passage on the subject (shown cut) still beats a short aside beside it.
        var longOnTopic = S(800, "Oceans, seas, space and cyberspace are becoming new theatres of conflict. " + string.Concat(Enumerable.Repeat("We talk about an interdependent world, but have we become more united as nations? ", 10)));
        var shortAside = S(1000, "Technology has made many things possible, such as renewable energy, and we need imagination and commitment.");
        var onTopic = S(1200, "Terrorism is a threat to every country, and we need a comprehensive convention against it without further delay.");
        Assert.Equal([800, 1200], SummaryHandler.KeyQuotes([shortAside, longOnTopic, onTopic], ["cyberspace", "terrorism"]).Select(s => s.Start));
    }
}
