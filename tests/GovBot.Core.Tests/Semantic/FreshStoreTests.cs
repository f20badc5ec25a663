using GovBot.Core.Features.Ask;
using GovBot.Core.Search;

namespace GovBot.Core.Tests.Semantic;

public sealed class FreshStoreTests
{
    [Fact]
    public void A_fresh_store_answers_by_words_while_the_model_loads_and_by_meaning_after()
    {
        using var store = new SemanticStore(CountingEncoder.Real(loaded: false));
        store.Vectors.WaitForModel = false;
        store.ImportBriefings();

        var byWords = store.Ask.Ask("What was said about the wheat harvest?");
        Assert.True(byWords.Found);
        Assert.Contains("wheat harvest", byWords.Answers[0].Text, StringComparison.Ordinal);
        Assert.Null(store.Index.SearchSimilar(new StatementQuery("", 3), "internet lines under the ocean"));
        Assert.Equal(RefusalReason.NoMatchingWords, store.Ask.Ask("Who won the football match on Saturday?").Refusal);
        Assert.Equal(0, store.Encoder.Passages);

        store.Vectors.LoadModel(CancellationToken.None);
        store.Vectors.EmbedPending(CancellationToken.None);

        var byMeaning = store.Index.SearchSimilar(new StatementQuery("", 3), "internet lines under the ocean");
        Assert.NotNull(byMeaning);
        Assert.Contains("Undersea cables", store.Store.FindStatement(byMeaning[0].Id)!.Text, StringComparison.Ordinal);
    }
}
