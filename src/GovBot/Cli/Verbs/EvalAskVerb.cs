using GovBot.Core.Features.Ask;

namespace GovBot.Cli.Verbs;

public sealed class EvalAskVerb : IVerb
{
    public string Name => "eval-ask";
    public string Usage => "eval-ask QUESTIONS.json [--verbose]";
    public string Description => "score /ask on a question set: hit@1, hit@3, MRR and refusals";
    public IReadOnlySet<string> Flags => new HashSet<string> { "verbose" };

    public IReadOnlyList<VerbOption> OptionHelp => [VerbOption.Flag("verbose", "also list every miss")];

    public IReadOnlyList<string> Examples => ["eval-ask tests/ask/questions.json", "eval-ask tests/ask/heldout.json --verbose"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (args.Positional.Count != 1 || !File.Exists(args.Positional[0]))
        {
            context.Error.WriteLine("GovBot eval-ask: name the question file, for example tests/ask/questions.json.");
            return Task.FromResult(ExitCodes.Usage);
        }

        IReadOnlyList<AskEvaluation.Question> questions;
        try
        {
            questions = AskEvaluation.Load(args.Positional[0]);
        }
        catch (InvalidDataException ex)
        {
            context.Error.WriteLine($"GovBot eval-ask: {ex.Message}");
            return Task.FromResult(ExitCodes.Usage);
        }

        context.EnsureStoreReady();
        context.EncodeNewStatements();
        var report = AskEvaluation.Evaluate(context.Get<AskHandler>(), questions);
        context.Out.Write(report.ToString());
        if (args.Has("verbose"))
        {
            foreach (var miss in report.Misses)
            {
                context.Out.WriteLine(miss);
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
