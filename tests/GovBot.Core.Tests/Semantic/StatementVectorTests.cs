using GovBot.Search.Semantic;
using GovBot.Storage;
using GovBot.Tests.Shared;

namespace GovBot.Core.Tests.Semantic;

public sealed class StatementVectorTests
{
    [Fact]
    public void Every_imported_statement_gets_a_vector_kept_in_the_store()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        Assert.True(store.Vectors.PendingCount > 0);

        var encoded = store.Vectors.EmbedPending(CancellationToken.None);

        Assert.Equal(0, store.Vectors.PendingCount);
        Assert.Equal(encoded, store.Encoder.Passages);
        Assert.Equal(encoded, store.VectorStore.Count());
    }

    [Fact]
    public void Re_importing_or_re_extracting_unchanged_statements_encodes_nothing()
    {
        using var dir = new TempDirectory();
        using (var first = new SemanticStore(CountingEncoder.Real(), directory: dir))
        {
            first.ImportBriefings();
            Assert.True(first.Vectors.EmbedPending(CancellationToken.None) > 0);

            first.Importer.Reextract(onlyOutdated: false, CancellationToken.None);
            first.ImportBriefings();
            var before = first.Encoder.Passages;
            Assert.Equal(0, first.Vectors.EmbedPending(CancellationToken.None));
            Assert.Equal(before, first.Encoder.Passages);
        }

        // A new process on the same store: the vectors come from the store, keyed by model and words.
        using var second = new SemanticStore(CountingEncoder.Real(), directory: dir);
        second.Importer.Reextract(onlyOutdated: false, CancellationToken.None);
        Assert.Equal(0, second.Vectors.EmbedPending(CancellationToken.None));
        Assert.Equal(0, second.Encoder.Passages);

        // Only the statement whose words changed is encoded again.
        second.Import("harvest.txt", "title: Farm ministry on the harvest\nsource: Test Wire\ndate: 2023-09-01\n\n" +
            "\"The barley harvest this autumn was poor after a dry summer,\" said Maria Lopez, the agriculture minister.\n");
        Assert.Equal(1, second.Vectors.EmbedPending(CancellationToken.None));
        Assert.Equal(1, second.Encoder.Passages);
    }

    [Fact]
    public void A_store_opened_again_answers_by_meaning_from_its_stored_vectors()
    {
        const string paraphrase = "what is being done to protect the internet lines under the ocean?";
        using var dir = new TempDirectory();
        using (var first = new SemanticStore(CountingEncoder.Real(), directory: dir))
        {
            first.ImportBriefings();
            first.Vectors.EmbedPending(CancellationToken.None);
            Assert.True(first.Ask.Ask(paraphrase).Found);
        }

        // A new process loads its index from the store, without importing anything: meaning must still answer.
        using var second = new SemanticStore(CountingEncoder.Real(), directory: dir);
        var result = second.Ask.Ask(paraphrase);
        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Contains("Undersea cables", result.Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_vectors_spare_encoding_are_read_again_by_each_import_and_stale_entries_are_harmless()
    {
        using var dir = new TempDirectory();
        var shipped = ShippedVectorFile.PathFor(dir.Path, CountingEncoder.Model.Value.ModelId);
        using (var source = new SemanticStore(CountingEncoder.Real()))
        {
            source.ImportBriefings();
            source.Vectors.EmbedPending(CancellationToken.None);
            var stale = new KeyValuePair<string, byte[]>(VectorKey.TextHash("a statement no longer extracted"), source.Vectors.Known()[0].Value);
            using var file = File.Create(shipped);
            ShippedVectorFile.Write(file, source.Encoder.ModelId, source.Encoder.Dimensions, [.. source.Vectors.Known(), stale]);
        }

        using var fresh = new SemanticStore(CountingEncoder.Real(), shipped);
        // Four imports, each of which frees the file after it: every one reads it again and finds its statements there.
        fresh.ImportBriefings();
        Assert.False(fresh.Vectors.HoldsShippedFile);
        Assert.Equal(0, fresh.Vectors.PendingCount);
        fresh.Import("new.txt", "title: New note\nsource: Test Wire\ndate: 2024-01-01\n\n\"The talks on a treaty will resume in spring,\" said Piotr Nowak, the envoy for cyber affairs.\n");

        Assert.Equal(1, fresh.Vectors.EmbedPending(CancellationToken.None));
        Assert.Equal(1, fresh.Encoder.Passages);
    }

    [Fact]
    public void A_shipped_file_for_another_model_or_damaged_is_ignored()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.vec");
        var vector = Int8Vector.Quantize(Unit(384, seed: 1)).ToBytes();
        using (var file = File.Create(path))
        {
            ShippedVectorFile.Write(file, "other-model", 384, [new(VectorKey.TextHash("text"), vector)]);
        }

        Assert.Single(ShippedVectorFile.Read(path, "other-model", 384));
        Assert.Empty(ShippedVectorFile.Read(path, "arctic-embed-xs", 384));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^5]);
        Assert.Empty(ShippedVectorFile.Read(path, "other-model", 384));
        Assert.Empty(ShippedVectorFile.Read(dir.File("missing.vec"), "other-model", 384));
    }

    [Fact]
    public void Int8_vectors_keep_cosine_similarity_and_survive_the_byte_round_trip()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var a = Unit(384, seed);
            var b = Unit(384, seed + 1000);
            for (var i = 0; i < 384; i++)
            {
                // Correlated pairs too, where the similarity is high and matters most.
                b[i] = (seed % 2 == 0) ? b[i] : a[i] + (0.3f * b[i]);
            }

            b = Normalise(b);
            var exact = a.Zip(b, (x, y) => x * y).Sum();
            var qa = Int8Vector.Quantize(a);
            var qb = Int8Vector.Quantize(b);
            Assert.InRange(qa.Similarity(qb) - exact, -0.01, 0.01);

            var back = Int8Vector.FromBytes(qa.ToBytes(), 384);
            Assert.NotNull(back);
            Assert.Equal(qa.Values, back.Values);
            Assert.Equal(qa.Scale, back.Scale);
            Assert.All(qa.ToFloats().Zip(a), p => Assert.InRange(p.First - p.Second, -0.01, 0.01));
        }

        Assert.Null(Int8Vector.FromBytes(new byte[10], 384));
    }

    [Fact]
    public void The_byte_dot_product_matches_a_plain_loop_at_every_length()
    {
        var random = new Random(7);
        foreach (var length in new[] { 1, 31, 32, 33, 64, 384, 385 })
        {
            var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Int8Vector.Dot(a, b));
        }
    }

    [Fact]
    public void A_long_statement_is_encoded_whole_by_sentence_and_by_two_adjacent_sentences()
    {
        var sentences = new[]
        {
            "We met today with partners from twelve countries to discuss the security of critical infrastructure.",
            "Undersea cables carry nearly all of the world's internet traffic and deserve protection.",
            "Thank you.",
            "We will meet again next year in Canberra to review what has been done since.",
        };
        var passages = Passages.Of(string.Join(' ', sentences));

        Assert.Equal(string.Join(' ', sentences), passages[0]);
        Assert.Contains(sentences[1], passages);
        Assert.Contains("Thank you. " + sentences[3], passages);
        Assert.Contains(sentences[0] + " " + sentences[1], passages);
        Assert.Contains(sentences[1] + " Thank you. " + sentences[3], passages);
        Assert.Equal(6, passages.Count);
        Assert.Single(Passages.Of("A short statement stays whole."));
    }

    private static float[] Unit(int dimensions, int seed)
    {
        var random = new Random(seed);
        return Normalise(Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray());
    }

    private static float[] Normalise(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
