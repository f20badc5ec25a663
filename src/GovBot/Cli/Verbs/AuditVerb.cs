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

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var reply = AuditCommand.Render(context.Get<IAuditLog>().Recent(args.GetInt("count", 20)));
        context.Out.Write(TerminalRenderer.Render(reply with { PageSize = int.MaxValue }));
        return Task.FromResult(ExitCodes.Ok);
    }
}
