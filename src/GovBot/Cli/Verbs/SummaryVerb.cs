using GovBot.Core.Features.Summaries;

namespace GovBot.Cli.Verbs;

public sealed class SummaryVerb : IVerb
{
    public string Name => "summary";
    public string Usage => "summary ID|TITLE WORDS";
    public string Description => "an article's summary, speakers and key quotes";

    public IReadOnlyList<string> Examples => ["summary \"shared future\"", "summary 12"];

    public Task<int> RunAsync(ArgReader args, VerbContext context) =>
        Task.FromResult(ReplyVerb.Print(context, Name, args.Text, () => context.Get<SummaryHandler>().Handle(args.Text)));
}
