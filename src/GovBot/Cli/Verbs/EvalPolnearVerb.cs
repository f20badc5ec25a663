using GovBot.Core.Analysis;
using GovBot.Ingestion.Evaluation.Polnear;

namespace GovBot.Cli.Verbs;

/// <summary>
/// Scores extraction on human-labelled US political news (a PolNeAR checkout). Only the training split is read unless
/// <c>--held-out</c> says otherwise: dev and test are the project's independent measure and must not be looked at by accident.
/// </summary>
public sealed class EvalPolnearVerb : IVerb
{
    public string Name => "eval-polnear";
    public string Usage => "eval-polnear POLNEAR_CHECKOUT [--split train] [--verbose [--examples 3]]";
    public string Description => "score extraction on PolNeAR's training split (attribution P/R/F1, speech-cue recall, speakers)";
    public IReadOnlySet<string> Flags => new HashSet<string> { "verbose", "held-out" };
    public IReadOnlySet<string> Options => new HashSet<string> { "split", "examples" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Choice("split", "which split to score (default train; dev and test are held out and need --held-out)", "train", "dev", "test"),
        VerbOption.Flag("held-out", "allow the dev or test split: the project's independent measure, never for tuning"),
        VerbOption.Flag("verbose", "group misses, wrong speakers and extra statements by pattern"),
        VerbOption.Number("examples", "with --verbose, how many examples each group shows (default 3)", 0, 100),
    ];

    public IReadOnlyList<string> Examples => ["eval-polnear ~/PolNeAR", "eval-polnear ~/PolNeAR --verbose --examples 5"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (args.Positional.Count != 1)
        {
            context.Error.WriteLine("GovBot eval-polnear: name the folder of a PolNeAR checkout, for example ~/PolNeAR.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var split = args.Get("split") ?? PolnearEvaluator.DefaultSplit;
        if (PolnearEvaluator.HeldOutSplits.Contains(split) && !args.Has("held-out"))
        {
            context.Error.WriteLine($"GovBot eval-polnear: the {split} split is held out as the project's independent measure; " +
                                    "it is read only when you add --held-out on purpose (never while tuning rules).");
            return Task.FromResult(ExitCodes.Usage);
        }

        if (split != PolnearEvaluator.DefaultSplit && !PolnearEvaluator.HeldOutSplits.Contains(split))
        {
            context.Error.WriteLine($"GovBot eval-polnear: there is no split “{split}”; use train (the default), or dev/test with --held-out.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var (folder, problem) = PolnearEvaluator.Locate(args.Positional[0], split);
        if (folder is null)
        {
            context.Error.WriteLine($"GovBot eval-polnear: {problem}");
            return Task.FromResult(ExitCodes.Usage);
        }

        var examples = args.GetInt("examples", 3);
        if (args.Errors.Count > 0 || examples < 0)
        {
            context.Error.WriteLine("GovBot eval-polnear: --examples takes a whole number of examples to show per failure class, such as 3.");
            return Task.FromResult(ExitCodes.Usage);
        }

        var reports = new PolnearEvaluator(context.Get<IArticleAnalyzer>()).Evaluate(folder, [0.3, 0.8], context.CancellationToken, examples);
        foreach (var report in reports)
        {
            context.Out.Write(report.ToString());
        }

        if (args.Has("verbose"))
        {
            context.Out.WriteLine();
            context.Out.WriteLine("Failures at 30% coverage, by pattern (largest class first):");
            context.Out.Write(reports[0].FailuresText());
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
