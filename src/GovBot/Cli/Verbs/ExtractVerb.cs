using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Import;

namespace GovBot.Cli.Verbs;

/// <summary>
/// <c>GovBot extract --json FILE…</c>: one JSON object per input file, in input order, and nothing else on stdout.
/// Other tools parse this output; its fields and offsets are a contract.
/// </summary>
public sealed class ExtractVerb : IVerb
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public string Name => "extract";
    public string Usage => "extract --json FILE…";
    public string Description => "print what extraction finds in each file, one JSON object per line";
    public IReadOnlySet<string> Flags => new HashSet<string> { "json" };

    public IReadOnlyList<VerbOption> OptionHelp => [VerbOption.Flag("json", "JSON Lines, one object per file (required; the only format)")];

    public IReadOnlyList<string> Examples => ["extract --json data/articles/xinhua-2017-12-20-cyberspace-community-shared-future.txt"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (!args.Has("json"))
        {
            context.Error.WriteLine("GovBot extract: add --json (JSON Lines is the only output format).");
            return Task.FromResult(ExitCodes.Usage);
        }

        if (args.Positional.Count == 0)
        {
            context.Error.WriteLine("GovBot extract: name at least one file.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var analyzer = context.Get<IArticleAnalyzer>();
        var failures = 0;
        foreach (var file in args.Positional)
        {
            JsonObject line;
            try
            {
                var bytes = DocumentFiles.ReadDocument(file);
                line = ToJson(file, analyzer.Analyze(DocumentFiles.ReadText(file, bytes), file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                failures++;
                line = new JsonObject { ["file"] = file, ["error"] = ex.Message };
            }

            context.Out.WriteLine(line.ToJsonString(Compact));
        }

        return Task.FromResult(failures == 0 ? ExitCodes.Ok : ExitCodes.Failure);
    }

    public static JsonObject ToJson(string file, ArticleAnalysis analysis) => new()
    {
        ["file"] = file,
        ["title"] = analysis.Title,
        ["source"] = analysis.Source,
        ["date"] = analysis.Date is { Length: 10 } ? analysis.Date : null,
        ["kind"] = analysis.Kind.ToString().ToLowerInvariant(),
        ["summary"] = analysis.Summary,
        ["speakers"] = new JsonArray(analysis.Speakers.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["title"] = s.Title,
            ["organization"] = s.Organization,
            ["country"] = s.Country,
            ["aliases"] = new JsonArray(s.Aliases.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
        }).ToArray()),
        ["quotes"] = new JsonArray(analysis.Quotes.Select(q => (JsonNode)new JsonObject
        {
            ["text"] = q.Text,
            ["speaker"] = q.Speaker,
            ["kind"] = q.Kind == QuoteKind.Direct ? "direct" : "indirect",
            ["start"] = q.Start,
            ["end"] = q.End,
            ["cue"] = q.Cue,
        }).ToArray()),
    };
}
