using System.Diagnostics;
using System.Globalization;
using GovBot.Cli;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Speakers;
using GovBot.Hosting;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Search.Semantic;
using GovBot.Seeding;
using GovBot.Semantic;
using GovBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovBot.Benchmarks;

/// <summary>
/// <c>GovBot bench</c>: extraction throughput and memory over the shipped corpus, import time, start-to-ready time, and
/// lookup latency on the shipped store and on a store scaled to N times it. Works on temp files only.
/// </summary>
public sealed class BenchVerb : IVerb
{
    public string Name => "bench";
    public string Usage => "bench [--scale N] [--rounds N]";
    public string Description => "measure extraction, import, start-up and lookup latency (shipped data and N-times scaled)";
    public IReadOnlySet<string> Options => new HashSet<string> { "scale", "rounds" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Number("scale", "also measure on a store scaled N times (default 100)", 1, 1000),
        VerbOption.Number("rounds", "timed rounds per lookup (default 20)", 1, 1000),
    ];

    public IReadOnlyList<string> Examples => ["bench", "bench --scale 100"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var scale = args.GetInt("scale", 100);
        var rounds = Math.Max(1, args.GetInt("rounds", 20));
        using var workspace = SeedWorkspace.Open(context, Name);
        if (workspace is null)
        {
            return Task.FromResult(ExitCodes.Usage);
        }

        var (seed, work) = (workspace.Seed, workspace.Folder);
        var output = context.Out;
        var semantic = context.Get<IOptions<SemanticOptions>>().Value;
        var encoder = context.Get<ISentenceEncoder>();
        var shippedVectors = ShippedVectorFile.PathFor(Path.GetFullPath(semantic.VectorsPath), encoder.ModelId);
        Extraction(seed, context.Get<IArticleAnalyzer>(), output);
        var dbPath = Path.Combine(work, "shipped.db");
        var semanticBench = new SemanticBench(encoder, shippedVectors, output);
        Import(seed, dbPath, context.Get<IArticleAnalyzer>(), semanticBench, output);
        StartToReady(seed, dbPath, context.Get<IArticleAnalyzer>(), semanticBench, output);
        semanticBench.ModelLoad();
        using (var shipped = Open(dbPath, semanticBench))
        {
            // As the bot does once the store is ready and once the model is loaded: what is measured is what a running bot carries.
            StartupMemory.Release();
            Lookups("shipped data", shipped.Store, shipped.Index, rounds, output);
            SemanticBench.Memory("shipped data", output);
            if (scale > 1)
            {
                var scaledPath = Path.Combine(work, "scaled.db");
                using var scaled = Scale(shipped.Store, scaledPath, scale, semanticBench, output);
                StartupMemory.Release();
                Lookups($"{scale}x scaled store", scaled.Store, scaled.Index, rounds, output);
                SemanticBench.Memory($"{scale}x scaled store", output);
                SemanticBench.DistinctScan(scaled.Index.StatementCount, encoder.Dimensions, rounds, output);
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }

    private static void Extraction(string seed, IArticleAnalyzer analyzer, TextWriter output)
    {
        var texts = Directory.EnumerateFiles(seed, "*", SearchOption.AllDirectories).Where(DocumentFiles.IsSupported)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => DocumentFiles.Decode(File.ReadAllBytes(f))).ToList();
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        foreach (var text in texts.Take(5))
        {
            analyzer.Analyze(text);
        }

        var memory = new List<long>();
        var timer = new Stopwatch();
        const int passes = 3;
        for (var pass = 0; pass < passes; pass++)
        {
            timer.Start();
            foreach (var text in texts)
            {
                analyzer.Analyze(text);
            }

            timer.Stop();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            memory.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        var seconds = timer.Elapsed.TotalSeconds / passes;
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "extraction: {0} documents, {1:0.00} MB, {2:0.000} s per pass, {3:0.00} MB/s, {4:0} documents/s (single thread)",
            texts.Count, bytes / 1e6, seconds, bytes / 1e6 / seconds, texts.Count / seconds));
        output.WriteLine("extraction: managed heap after each pass: " + string.Join(", ", memory.Select(m => (m / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB")));
    }

    private static void Import(string seed, string dbPath, IArticleAnalyzer analyzer, SemanticBench semantic, TextWriter output)
    {
        var timer = Stopwatch.StartNew();
        using var db = new GovBotDatabase(dbPath);
        var vectors = semantic.VectorsFor(db);
        using var index = new KnowledgeIndex(vectors);
        var importer = new ArticleImporter(new LiteArticleStore(db), index, analyzer, TimeProvider.System);
        var results = importer.ImportPaths([seed], CancellationToken.None);
        timer.Stop();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "import: {0} documents, {1} statements into a new store in {2:0.000} s " +
            "({3} passages, their vectors read from the shipped file; {4} passages it lacks wait for encoding)",
            results.Count(r => r.Outcome == ImportOutcome.Added), index.StatementCount, timer.Elapsed.TotalSeconds, vectors.RowCount, vectors.PendingCount));
        semantic.EncodePending(vectors);
    }

    private static void StartToReady(string seed, string dbPath, IArticleAnalyzer analyzer, SemanticBench semantic, TextWriter output)
    {
        var timer = Stopwatch.StartNew();
        using var db = new GovBotDatabase(dbPath);
        using var index = new KnowledgeIndex(semantic.VectorsFor(db));
        var store = new LiteArticleStore(db);
        var seeder = new DatabaseSeeder(Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = seed }), store, index, analyzer,
            new ArticleImporter(store, index, analyzer, TimeProvider.System), NullLogger<DatabaseSeeder>.Instance);
        seeder.EnsureReady(CancellationToken.None);
        timer.Stop();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "start to ready on the seeded store (open, seed check, index and vector load): {0:0.000} s", timer.Elapsed.TotalSeconds));
    }

    private const int WarmUpRounds = 3;

    private static void Lookups(string label, IArticleStore store, KnowledgeIndex index, int rounds, TextWriter output)
    {
        var quotes = new QuoteHandler(store, index);
        var speakers = new SpeakerHandler(store, index);
        var ask = new GovBot.Core.Features.Ask.AskHandler(store, index, TimeProvider.System);
        var quoteStats = new LatencyStats();
        var speakerStats = new LatencyStats();
        var askStats = new LatencyStats();
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        // Steady state is what a running bot sees: the first rounds run while the JIT is still optimising the hot paths
        // (the first measured round was twice as slow as the tenth), so they warm up and are not counted.
        for (var round = 0; round < rounds + WarmUpRounds; round++)
        {
            foreach (var (query, speaker) in BenchmarkQueries.Quotes)
            {
                var t = Stopwatch.GetTimestamp();
                quotes.Handle(new QuoteRequest(query, speaker));
                if (round >= WarmUpRounds)
                {
                    quoteStats.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }

            foreach (var question in BenchmarkQueries.Questions)
            {
                var t = Stopwatch.GetTimestamp();
                ask.Ask(question);
                if (round >= WarmUpRounds)
                {
                    askStats.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }

            foreach (var name in BenchmarkQueries.Speakers)
            {
                var t = Stopwatch.GetTimestamp();
                speakers.Handle(name);
                if (round >= WarmUpRounds)
                {
                    speakerStats.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }
        }

        output.WriteLine($"{label}: {store.ArticleCount()} articles, {index.StatementCount} statements");
        output.WriteLine($"{label}: quote   {quoteStats}");
        output.WriteLine($"{label}: speaker {speakerStats}");
        output.WriteLine($"{label}: ask     {askStats}");
        // Pauses for garbage collection land in the tail, so the count says how much of p99 they may explain.
        output.WriteLine($"{label}: garbage collections during the calls: gen0 {GC.CollectionCount(0) - collections.Gen0}, " +
                         $"gen1 {GC.CollectionCount(1) - collections.Gen1}, gen2 {GC.CollectionCount(2) - collections.Gen2}");
    }

    /// <summary>Copies the shipped articles N-1 times with new keys; half the copies quote renamed people, so names grow too.</summary>
    private static OpenStore Scale(IArticleStore source, string path, int scale, SemanticBench semantic, TextWriter output)
    {
        var timer = Stopwatch.StartNew();
        var scaled = Open(path, semantic);
        var originals = source.AllArticleHeaders().Select(a => (Article: a, Statements: source.StatementsOf(a.Id), Text: source.ArticleText(a.Id) ?? "")).ToList();
        for (var copy = 0; copy < scale; copy++)
        {
            var batch = new List<(Article, IReadOnlyList<ExtractedQuote>)>();
            foreach (var (article, statements, text) in originals)
            {
                // Odd copies quote other people: the same first names with new surnames, so the name directory grows too.
                string Rename(string name) => copy % 2 == 1 && name.Contains(' ', StringComparison.Ordinal) ? name[..name.LastIndexOf(' ')] + " " + Surname(copy) : name;
                var speakers = article.Speakers.Select(s => new ArticleSpeaker
                {
                    Id = Core.Text.NameKey.For(Rename(s.Name)),
                    Name = Rename(s.Name),
                    Title = s.Title,
                    Organization = s.Organization,
                    Country = s.Country,
                    Aliases = s.Aliases,
                }).ToList();
                var clone = new Article
                {
                    Document = $"scaled/{copy}/{article.Document}",
                    Title = copy == 0 ? article.Title : $"{article.Title} ({copy})",
                    Source = article.Source,
                    Date = article.Date,
                    Url = article.Url,
                    Kind = article.Kind,
                    SourceCountry = article.SourceCountry,
                    Summary = article.Summary,
                    Text = text,
                    ContentHash = $"{article.ContentHash}-{copy}",
                    ImportedUtc = article.ImportedUtc,
                    ExtractorVersion = article.ExtractorVersion,
                    Topics = article.Topics,
                    Speakers = speakers,
                    SpeakerIds = speakers.Select(s => s.Id).Distinct().ToList(),
                };
                var named = article.Speakers.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
                var quotes = statements.Select(s => new ExtractedQuote(s.Text, named.Contains(s.SpeakerLabel) ? Rename(s.SpeakerLabel) : s.SpeakerLabel,
                    s.Kind, s.Start, s.End, s.Cue)).ToList();
                batch.Add((clone, quotes));
            }

            ((Core.Search.IKnowledgeIndex)scaled.Index).ApplyAll(scaled.Store.SaveBatch(batch));
        }

        timer.Stop();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "scaled store: {0} articles written and indexed in {1:0.0} s",
            scaled.Store.ArticleCount(), timer.Elapsed.TotalSeconds));
        return scaled;
    }

    private static string Surname(int copy)
    {
        string[] syllables = ["ka", "ro", "mi", "tan", "vel", "sor", "bri", "dun", "lo", "pe", "zar", "qui", "non", "ta", "fer"];
        var name = syllables[copy % syllables.Length] + syllables[(copy / syllables.Length) % syllables.Length] + syllables[(copy * 7) % syllables.Length];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static OpenStore Open(string path, SemanticBench semantic)
    {
        var db = new GovBotDatabase(path);
        var store = new LiteArticleStore(db);
        var index = new KnowledgeIndex(semantic.VectorsFor(db));
        index.Load(store, CancellationToken.None);
        return new OpenStore(db, store, index);
    }

    private sealed record OpenStore(GovBotDatabase Db, LiteArticleStore Store, KnowledgeIndex Index) : IDisposable
    {
        public void Dispose()
        {
            Index.Dispose();
            Db.Dispose();
        }
    }
}
