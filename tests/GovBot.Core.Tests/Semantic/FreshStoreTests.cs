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
        Assert.Equal(AskRefusal.NoMatchingWords, store.Ask.Ask("Who won the football match on Saturday?").Refusal);
        Assert.Equal(0, store.Encoder.Passages);

        store.Vectors.LoadModel(CancellationToken.None);
        store.Vectors.EmbedPending(CancellationToken.None);

        var byMeaning = store.Index.SearchSimilar(new StatementQuery("", 3), "internet lines under the ocean");
        Assert.NotNull(byMeaning);
        Assert.Contains("Undersea cables", store.Store.FindStatement(byMeaning[0].Id)!.Text, StringComparison.Ordinal);
    }
}

public sealed class SharedPassageTests
{
    [Fact]
    public void Statements_sharing_their_words_share_one_vector_and_are_ranked_and_filtered_alike()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        for (var copy = 0; copy < 3; copy++)
        {
            store.Import($"cables-{copy}.txt", $"title: Quad partners on communications, part {copy}\nsource: Test Wire\ndate: 202{copy}-05-20\n\n" +
                "\"Undersea cables are a critical component of communications infrastructure,\" said Anna Keller, the coordinator for infrastructure.\n");
            store.Import($"harvest-{copy}.txt", $"title: Farm ministry on the harvest, part {copy}\nsource: Test Wire\ndate: 202{copy}-09-01\n\n" +
                "\"The wheat harvest this autumn was the largest in a decade,\" said Maria Lopez, the agriculture minister.\n");
        }

        Assert.Equal(2, store.Vectors.EmbedPending(CancellationToken.None));

        var all = store.Index.SearchSimilar(new StatementQuery("", 10), "internet lines under the ocean");
        Assert.NotNull(all);
        Assert.Equal(6, all.Count);
        Assert.All(all.Take(3), h => Assert.Contains("Undersea", store.Store.FindStatement(h.Id)!.Text, StringComparison.Ordinal));
        Assert.True(all[2].Score > all[3].Score);

        var in2021 = store.Index.SearchSimilar(new StatementQuery("", 10) { FromYear = 2021, ToYear = 2021 }, "internet lines under the ocean");
        Assert.Equal(2, in2021!.Count);
        Assert.All(in2021, h => Assert.StartsWith("2021", store.Store.FindStatement(h.Id)!.Date, StringComparison.Ordinal));
    }
}
