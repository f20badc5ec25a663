using GovBot.Core.Features.Usage;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

public sealed class StatsVerb : IVerb
{
    public string Name => "stats";
    public string Usage => "stats [--days N]";
    public string Description => "usage summary: commands, outcomes, latency, unanswered queries";
    public IReadOnlySet<string> Options => new HashSet<string> { "days" };

    public IReadOnlyList<VerbOption> OptionHelp => [VerbOption.Number("days", "how many days back (default 30)", 1, 3650)];

    public IReadOnlyList<string> Examples => ["stats", "stats --days 7"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var reply = context.Get<StatsHandler>().Handle(args.GetInt("days", 30));
        context.Out.Write(TerminalRenderer.Render(reply));
        return Task.FromResult(ExitCodes.For(reply.Outcome) == ExitCodes.NotFound ? ExitCodes.Ok : ExitCodes.For(reply.Outcome));
    }
}
