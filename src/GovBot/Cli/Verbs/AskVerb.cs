using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.Core.Features.Ask;
using GovBot.Core.Search;
using GovBot.Core.Features.Usage;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

/// <summary><c>GovBot ask "question"</c>, and <c>--json</c> for tools: one object, answers best first (a contract).</summary>
public sealed class AskVerb : IVerb
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "ask";
    public string Usage => "ask [--json] [--explain] \"QUESTION\"";
    public string Description => "a plain-language question answered from stored statements, with citations";
    public IReadOnlySet<string> Flags => new HashSet<string> { "json", "explain" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Flag("json", "print one JSON object for tools: question, found, answers (best first), elapsed_ms"),
        VerbOption.Flag("explain", "also show how the question was read: who, what about, where, when"),
    ];

    public IReadOnlyList<string> Examples =>
    [
        "ask \"What did Russia say about the UN's role in cyberspace?\"",
        "ask --explain \"what did the US national security advisor say about ransomware last year?\"",
        "ask --json \"Who said that critical infrastructure must be protected?\"",
    ];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var question = args.Text;
        if (QueryTerms.HasSearchableWords(question))
        {
            // Answers weigh meaning, so every statement needs its vector first (none are missing on a fresh install).
            context.EnsureStoreReady();
            context.EncodeNewStatements();
        }

        if (args.Has("explain") && QueryTerms.HasSearchableWords(question))
        {
            // Beside JSON it goes to standard error, so standard output stays one object.
            context.EnsureStoreReady();
            var explanation = AskExplanation.Of(context.Get<AskHandler>().Ask(question));
            (args.Has("json") ? context.Error : context.Out).WriteLine(explanation);
        }

        if (!args.Has("json"))
        {
            return Task.FromResult(ReplyVerb.Print(context, Name, question, () => context.Get<AskHandler>().Handle(question)));
        }

        context.EnsureStoreReady();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        AskResult? result = null;
        var reply = context.Get<CommandRunner>().Run("terminal", Name, question, () =>
        {
            result = context.Get<AskHandler>().Ask(question);
            return context.Get<AskHandler>().Handle(question);
        });
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var json = new JsonObject
        {
            ["question"] = question,
            ["found"] = result?.Found ?? false,
            ["answers"] = new JsonArray((result?.Answers ?? []).Select(a => (JsonNode)new JsonObject
            {
                ["document"] = a.Document,
                ["title"] = a.Title,
                ["speaker"] = a.Speaker,
                ["text"] = a.Text,
                ["kind"] = a.Kind == Core.Domain.QuoteKind.Direct ? "direct" : "indirect",
                ["source"] = a.Source,
                ["date"] = a.Date,
                ["score"] = a.Score,
            }).ToArray()),
            ["elapsed_ms"] = Math.Round(elapsed, 3),
        };
        context.Out.WriteLine(json.ToJsonString(Compact));
        return Task.FromResult(reply.Outcome == Core.Commands.ReplyOutcome.InvalidInput ? ExitCodes.Usage : ExitCodes.Ok);
    }
}
