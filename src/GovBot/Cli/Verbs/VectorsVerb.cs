using System.Diagnostics;
using System.Globalization;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Search.Semantic;
using GovBot.Seeding;
using GovBot.Semantic;
using GovBot.Storage;
using Microsoft.Extensions.Options;

namespace GovBot.Cli.Verbs;

/// <summary>
/// <c>GovBot vectors --export</c>: regenerates the shipped vector file from the seed folder alone, in a temporary store,
/// encoding every passage afresh, so the same articles and model always give the same file. Run it after the seed
/// articles or the extractor change; until then a stale file only means the changed statements are encoded at start.
/// </summary>
public sealed class VectorsVerb : IVerb
{
    public string Name => "vectors";
    public string Usage => "vectors --export [--to FOLDER]";
    public string Description => "regenerate the shipped vectors of the seed articles (data/vectors/MODEL.vec)";
    public IReadOnlySet<string> Flags => new HashSet<string> { "export" };
    public IReadOnlySet<string> Options => new HashSet<string> { "to" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Flag("export", "encode every passage of the seed articles and write MODEL.vec"),
        VerbOption.Text("to", "FOLDER", "where to write it (default Semantic__VectorsPath, data/vectors)"),
    ];

    public IReadOnlyList<string> Examples => ["vectors --export", "Semantic__Model=minilm-l6-v2 GovBot vectors --export"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (!args.Has("export"))
        {
            context.Error.WriteLine("GovBot vectors: say --export to regenerate the shipped vector file.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var semantic = context.Get<IOptions<SemanticOptions>>().Value;
        var folder = Path.GetFullPath(args.Get("to") ?? semantic.VectorsPath);
        using var workspace = SeedWorkspace.Open(context, Name);
        if (workspace is null)
        {
            return Task.FromResult(ExitCodes.Usage);
        }

        var (seed, work) = (workspace.Seed, workspace.Folder);
        var timer = Stopwatch.StartNew();
        var encoder = context.Get<ISentenceEncoder>();
        using var db = new GovBotDatabase(Path.Combine(work, "vectors.db"));
        var store = new LiteArticleStore(db);
        // No shipped file: every vector is encoded from the text, so the file never carries forward an old one.
        var vectors = new StatementVectors(encoder, new LiteVectorStore(db), shippedFile: null);
        using var index = new KnowledgeIndex(vectors);
        var importer = new ArticleImporter(store, index, context.Get<Core.Analysis.IArticleAnalyzer>(), TimeProvider.System);
        importer.ImportPaths([seed], context.CancellationToken);
        var encoded = vectors.EmbedPending(context.CancellationToken);
        Directory.CreateDirectory(folder);
        var path = ShippedVectorFile.PathFor(folder, encoder.ModelId);
        var known = vectors.Known();
        using (var file = File.Create(path))
        {
            ShippedVectorFile.Write(file, encoder.ModelId, encoder.Dimensions, known);
        }

        context.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0}: {1} passages of {2} statements ({3} encoded) with {4} in {5:0.0} s.",
            path, known.Count, index.StatementCount, encoded, encoder.ModelId, timer.Elapsed.TotalSeconds));
        return Task.FromResult(ExitCodes.Ok);
    }
}
