using GovBot.Core.Commands;
using GovBot.Core.Features.Usage;
using GovBot.Rendering;

namespace GovBot.Cli.Verbs;

/// <summary>Runs a lookup through the usage-recording runner and prints the reply the same way Discord will show it.</summary>
internal static class ReplyVerb
{
    public static int Print(VerbContext context, string command, string options, Func<CommandReply> handler)
    {
        context.EnsureStoreReady();
        var reply = context.Get<CommandRunner>().Run("terminal", command, options, handler);
        context.Out.Write(TerminalRenderer.Render(reply));
        return ExitCodes.For(reply.Outcome);
    }
}
