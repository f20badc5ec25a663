using GovBot.Core.Analysis;
using GovBot.Ingestion.Evaluation;

namespace GovBot.Cli.Verbs;

public sealed class EvalVerb : IVerb
{
    public string Name => "eval";
    public string Usage => "eval GOLD_DIR [--verbose]";
    public string Description => "score extraction against gold annotations (quote P/R/F1, speakers, profiles)";
    public IReadOnlySet<string> Flags => new HashSet<string> { "verbose" };

    public IReadOnlyList<VerbOption> OptionHelp => [VerbOption.Flag("verbose", "also list every miss")];

    public IReadOnlyList<string> Examples => ["eval tests/gold", "eval tests/heldout/news --verbose"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (args.Positional.Count != 1 || !Directory.Exists(args.Positional[0]))
        {
            context.Error.WriteLine("GovBot eval: name one folder of gold files, for example tests/gold.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var reports = new GoldEvaluator(context.Get<IArticleAnalyzer>()).Evaluate(args.Positional[0], [0.3, 0.8]);
        foreach (var report in reports)
        {
            context.Out.Write(report.ToString());
        }

        if (args.Has("verbose"))
        {
            context.Out.WriteLine();
            foreach (var miss in reports[0].Misses)
            {
                context.Out.WriteLine(miss);
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
