using System.Diagnostics;
using System.Globalization;
using GovBot.Search.Semantic;
using GovBot.Storage;

namespace GovBot.Benchmarks;

/// <summary>The bench's lines about meaning: model load, encoding what the shipped file lacks, memory, and a worst-case scan.</summary>
internal sealed class SemanticBench(ISentenceEncoder encoder, string shippedFile, TextWriter output)
{
    public StatementVectors VectorsFor(GovBotDatabase db) => new(encoder, new LiteVectorStore(db), shippedFile);

    public void EncodePending(StatementVectors vectors)
    {
        if (vectors.PendingCount == 0)
        {
            return;
        }

        var timer = Stopwatch.StartNew();
        var encoded = vectors.EmbedPending(CancellationToken.None);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "semantic: encoded {0} passages the shipped file lacks in {1:0.0} s (a stale file; the bot does this in the background)", encoded, timer.Elapsed.TotalSeconds));
    }

    public void ModelLoad()
    {
        var timer = Stopwatch.StartNew();
        encoder.Load(CancellationToken.None);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "semantic: model {0} loaded in {1:0.000} s (the bot loads it in the background after start; questions meanwhile are answered by words)",
            encoder.ModelId, timer.Elapsed.TotalSeconds));
    }

    public static void Memory(string label, TextWriter output)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: resident memory {1:0} MB (managed heap {2:0} MB)",
            label, process.WorkingSet64 / 1e6, GC.GetTotalMemory(forceFullCollection: true) / 1e6));
    }

    /// <summary>
    /// The scaled store repeats the shipped texts, and equal texts share one vector, so its scan covers only the distinct
    /// ones. This is the worst case instead: as many distinct vectors as statements, scanned in full.
    /// </summary>
    public static void DistinctScan(int statements, int dimensions, int rounds, TextWriter output)
    {
        var random = new Random(12345);
        var rows = new Int8Vector[statements];
        var floats = new float[dimensions];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                floats[d] = (float)((random.NextDouble() * 2) - 1);
            }

            rows[i] = Int8Vector.Quantize(floats);
        }

        var question = rows[0];
        var stats = new LatencyStats();
        var scores = new float[rows.Length];
        for (var round = 0; round < rounds + 3; round++)
        {
            var t = Stopwatch.GetTimestamp();
            for (var i = 0; i < rows.Length; i++)
            {
                scores[i] = question.Similarity(rows[i]);
            }

            if (round >= 3)
            {
                stats.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }

        output.WriteLine($"semantic: brute-force scan of {rows.Length} distinct int8 vectors ({rows.Length * (long)dimensions / 1_000_000} MB): {stats}");
    }
}
