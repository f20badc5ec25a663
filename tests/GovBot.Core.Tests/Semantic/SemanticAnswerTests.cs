using GovBot.Core.Commands;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Search;

namespace GovBot.Core.Tests.Semantic;

public sealed class SemanticAnswerTests(CorpusWithVectors corpus) : IClassFixture<CorpusWithVectors>
{
    private const string CablesParaphrase = "what is being done to protect the internet lines under the ocean?";

    [Fact]
    public void A_paraphrase_sharing_no_word_with_its_answer_is_answered()
    {
        var result = corpus.Ask.Ask(CablesParaphrase);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Contains(result.Answers.Take(3), a => a.Text.Contains("Undersea cables", StringComparison.Ordinal));
        // Words alone do not get there.
        Assert.DoesNotContain(corpus.AskByWords.Ask(CablesParaphrase).Answers.Take(3), a => a.Text.Contains("Undersea cables", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_in_everyday_words_is_also_compared_in_the_record_s_terms()
    {
        var result = corpus.Ask.Ask("Did Putin want data farms to get cheaper electric bills?");

        Assert.Equal("Did Putin want data centers to get cheaper electricity costs?", result.ReadAs);
        Assert.True(result.Found, result.Refusal.ToString());
        // As asked, nothing of Putin's came close enough, and the speaker was set aside.
        Assert.Empty(result.SetAside);
        Assert.Contains("preferential access to electricity for data processing centres", result.Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_compares_everyday_words_in_the_record_s_terms_when_offering_the_closest_in_meaning()
    {
        // "crooks" alone is close to nothing in particular ("What's that?" came first); as "criminals" it is close to crime.
        var reply = corpus.Quotes.Handle(new QuoteRequest("crooks", null));

        Assert.StartsWith("Closest in meaning", reply.Title, StringComparison.Ordinal);
        Assert.Contains("crime", reply.Fields[0].Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void What_a_person_did_is_also_told_by_a_fact_sheet_naming_them_but_their_own_words_come_first()
    {
        // Biden never says "spyware"; the White House fact sheet says what his executive order prohibits.
        var did = corpus.Ask.Ask("Did Biden stop federal agencies from using off-the-shelf snooping software?");

        Assert.True(did.Found, did.Refusal.ToString());
        Assert.Empty(did.SetAside);
        Assert.Contains(did.Answers.Take(3), a => a.Speaker == "The White House" && a.Text.Contains("commercial spyware", StringComparison.Ordinal));
        Assert.All(did.Answers, a => Assert.True(a.Speaker is "The White House" or "Joe Biden", a.Speaker));

        // Asked what he said, only his own words answer.
        var said = corpus.Ask.Ask("What did Biden say about off-the-shelf snooping software?");
        Assert.All(said.Answers, a => Assert.NotEqual("The White House", a.Speaker));
    }

    [Fact]
    public void A_speaker_refused_on_a_topic_is_offered_the_topics_of_their_own_words_not_of_the_documents_quoting_them()
    {
        // Xi Jinping's one statement on record is a line Wang Yi's UN speech reports; the speech is about cyberspace, he is not.
        var result = corpus.Ask.Ask("What did Xi Jinping say about cyberspace?");

        Assert.Equal(AskRefusal.NothingBySpeaker, result.Refusal);
        Assert.NotEmpty(result.Suggestions);
        Assert.DoesNotContain("cyberspace", result.Suggestions);
        var own = corpus.Index.BestStatementsOf(corpus.Index.FindSpeakers("Xi Jinping", 1)[0].SpeakerId, 25).SelectMany(id => corpus.Store.FindStatement(id)!.Topics);
        Assert.All(result.Suggestions, topic => Assert.Contains(topic, own));
    }

    [Fact]
    public void A_refusal_within_limits_the_question_set_names_those_limits()
    {
        // The digital divide comes up at the UN in 2022 and 2023, not in 2019: the refusal must not read as if it never did.
        var reply = corpus.Ask.Handle("who spoke about the digital divide at the UN in 2019?");

        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
        Assert.Equal("Nothing on record at the UN in 2019 is close in meaning to “digital divide”.", reply.Lines[0]);
        Assert.Equal("the Netherlands", Text.CountryNames.InProse("Netherlands"));
        Assert.Equal("the United States", Text.CountryNames.InProse("United States"));
        Assert.Equal("France", Text.CountryNames.InProse("France"));
    }

    [Fact]
    public void A_question_nothing_is_close_to_in_meaning_is_refused_and_says_why()
    {
        var result = corpus.Ask.Ask("Who won the football match on Saturday?");

        Assert.False(result.Found);
        Assert.Equal(AskRefusal.NothingCloseInMeaning, result.Refusal);
    }

    [Fact]
    public void A_question_about_someone_not_on_record_says_so()
    {
        var result = corpus.Ask.Ask("What did Xavier Quixote say about undersea cables?");

        Assert.False(result.Found);
        Assert.Equal(AskRefusal.NotOnRecord, result.Refusal);
    }

    [Fact]
    public void Constraints_still_filter_what_is_found_by_meaning()
    {
        var hits = corpus.Index.SearchSimilar(new StatementQuery("", 10) { Country = "Russia" }, CablesParaphrase);

        Assert.NotNull(hits);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Russia", corpus.Store.FindStatement(h.Id)!.Country));
    }

    [Fact]
    public void Quote_offers_the_closest_statements_in_meaning_when_no_statement_has_the_words_and_labels_them()
    {
        Assert.Equal(ReplyOutcome.NothingFound, corpus.QuotesByWords.Handle(new QuoteRequest("hacktivists", null)).Outcome);

        var reply = corpus.Quotes.Handle(new QuoteRequest("hacktivists", null));

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.StartsWith("Closest in meaning", reply.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Lines, l => l.Contains("closest in meaning", StringComparison.Ordinal));
        Assert.Contains("closest in meaning", reply.Footer, StringComparison.Ordinal);
        Assert.Contains(reply.Fields, f => f.Value.Contains("hacker", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Quote_keeps_keyword_search_when_the_words_match()
    {
        var reply = corpus.Quotes.Handle(new QuoteRequest("arms race", null));

        Assert.StartsWith("Quotes on", reply.Title, StringComparison.Ordinal);
        Assert.All(reply.Fields, f => Assert.Contains("arms race", f.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Quote_finds_nothing_when_nothing_is_close_in_meaning_either()
    {
        var reply = corpus.Quotes.Handle(new QuoteRequest("zxqv blorft", null));

        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
    }
}
