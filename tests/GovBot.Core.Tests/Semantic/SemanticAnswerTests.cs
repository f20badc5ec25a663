using GovBot.Core.Commands;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Quotes;

namespace GovBot.Core.Tests.Semantic;

public sealed class SemanticAnswerTests
{
    [Fact]
    public void A_paraphrase_sharing_no_word_with_its_answer_is_answered()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask("what is being done to protect the internet lines under the ocean?");

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Contains("Undersea cables", result.Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_nothing_is_close_to_in_meaning_is_refused_and_says_why()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask("Who won the football match on Saturday?");

        Assert.False(result.Found);
        Assert.Equal(RefusalReason.NothingCloseInMeaning, result.Refusal);
    }

    [Fact]
    public void A_question_about_someone_not_on_record_says_so()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask("What did Xavier Quixote say about undersea cables?");

        Assert.False(result.Found);
        Assert.Equal(RefusalReason.NotOnRecord, result.Refusal);
    }

    [Fact]
    public void Quote_offers_the_closest_statements_in_meaning_when_no_statement_has_the_words_and_labels_them()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var reply = store.Quotes.Handle(new QuoteRequest("seabed wires", null));

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.StartsWith("Closest in meaning", reply.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Lines, l => l.Contains("closest in meaning", StringComparison.Ordinal));
        Assert.Contains("Undersea cables", reply.Fields[0].Value, StringComparison.Ordinal);
        Assert.Contains("closest in meaning", reply.Footer, StringComparison.Ordinal);

        // Keywords that match still answer by keyword, unlabelled.
        var byWords = store.Quotes.Handle(new QuoteRequest("harvest", null));
        Assert.StartsWith("Quotes on", byWords.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_finds_nothing_when_nothing_is_close_in_meaning_either()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var reply = store.Quotes.Handle(new QuoteRequest("zxqv blorft", null));

        Assert.Equal(ReplyOutcome.NothingFound, reply.Outcome);
    }

    [Fact]
    public void A_fresh_store_answers_by_words_while_the_model_loads_and_by_meaning_after()
    {
        using var store = new SemanticStore(CountingEncoder.Real(loaded: false));
        store.Vectors.WaitForModel = false;
        store.ImportBriefings();

        var byWords = store.Ask.Ask("What was said about the wheat harvest?");
        Assert.True(byWords.Found);
        Assert.Contains("wheat harvest", byWords.Answers[0].Text, StringComparison.Ordinal);
        var paraphrase = store.Ask.Ask("what is being done to protect the internet lines under the ocean?");
        Assert.False(paraphrase.Found);
        Assert.Equal(RefusalReason.NoMatchingWords, paraphrase.Refusal);
        Assert.Equal(0, store.Encoder.Passages);

        store.Vectors.LoadModel(CancellationToken.None);
        store.Vectors.EmbedPending(CancellationToken.None);

        Assert.True(store.Ask.Ask("what is being done to protect the internet lines under the ocean?").Found);
    }
}
