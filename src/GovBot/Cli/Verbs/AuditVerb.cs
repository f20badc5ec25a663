using GovBot.Core.Domain;
using GovBot.Core.Features.Audit;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

public sealed class AuditVerb : IVerb
{
    public string Name => "audit";
    public string Usage => "audit [--count N]";
    public string Description => "recent moderator actions: who, when, what, before and after";
    public IReadOnlySet<string> Options => new HashSet<string> { "count" };

    public IReadOnlyList<VerbOption> OptionHelp => [VerbOption.Number("count", "how many recent entries (default 20)", 1, 1000)];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var count = args.GetInt("count", 20);
        var reply = AuditCommand.Render(context.Get<IAuditLog>().Recent(count));
        context.Out.Write(TerminalRenderer.Render(reply with { PageSize = int.MaxValue }));
        return Task.FromResult(ExitCodes.Ok);
    }
}
