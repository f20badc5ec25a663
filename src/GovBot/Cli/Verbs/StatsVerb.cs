using GovBot.Core.Features.Usage;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

public sealed class StatsVerb : IVerb
{
    public string Name => "stats";
    public string Usage => "stats [--days N]";
    public string Description => "usage summary: commands, outcomes, latency, unanswered queries";
    public IReadOnlySet<string> Options => new HashSet<string> { "days" };

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var reply = context.Get<StatsHandler>().Handle(args.GetInt("days", 30));
        context.Out.Write(TerminalRenderer.Render(reply));
        return Task.FromResult(ExitCodes.For(reply.Outcome) == ExitCodes.NotFound ? ExitCodes.Ok : ExitCodes.For(reply.Outcome));
    }
}
