using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Usage;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

/// <summary><c>GovBot ask "question"</c>, and <c>--json</c> for tools: one object, answers best first (a contract).</summary>
public sealed class AskVerb : IVerb
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "ask";
    public string Usage => "ask [--json] \"QUESTION\"";
    public string Description => "a plain-language question answered from stored statements, with citations";
    public IReadOnlySet<string> Flags => new HashSet<string> { "json", "explain" };

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var question = args.Text;
        if (args.Has("explain"))
        {
            context.EnsureStoreReady();
            var parsed = context.Get<AskHandler>().Ask(question);
            var p = parsed.Parsed;
            context.Error.WriteLine($"read as: type {p.Type}; topic “{p.Topic}”; names [{string.Join(", ", p.NameCandidates)}]; country {p.Country ?? "-"}; " +
                                    $"role [{string.Join(", ", p.RoleWords)}]; years {p.FromYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}–{p.ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
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
