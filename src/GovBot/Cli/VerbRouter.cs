using GovBot.Benchmarks;
using GovBot.Cli.Verbs;

namespace GovBot.Cli;

/// <summary>Dispatches <c>GovBot VERB …</c> to its verb, with help and polite errors for anything unknown.</summary>
public static class VerbRouter
{
    public static readonly IReadOnlyList<IVerb> Verbs =
    [
        new AskVerb(), new QuoteVerb(), new SummaryVerb(), new SpeakerVerb(), new ImportVerb(), new StatsVerb(), new UsageVerb(), new AuditVerb(),
        new ExtractVerb(), new ReextractVerb(), new EvalVerb(), new EvalPolnearVerb(), new EvalAskVerb(), new BenchVerb(), new HealthVerb(), new VectorsVerb(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = args[0];
        if (name is "--help" or "-h" or "help" or "/?")
        {
            output.Write(Help());
            return ExitCodes.Ok;
        }

        var verb = Verbs.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            error.WriteLine($"GovBot has no verb “{name}”.");
            error.Write(Help());
            return ExitCodes.Usage;
        }

        var reader = new ArgReader(args.Skip(1), verb.Flags);
        if (reader.Has(ArgReader.Help))
        {
            output.Write(VerbHelp.For(verb));
            return ExitCodes.Ok;
        }

        reader.Check(verb.OptionHelp);
        var unknown = reader.OptionNames.Where(o => !verb.Flags.Contains(o) && !verb.Options.Contains(o)).ToList();
        reader.Errors.AddRange(unknown.Select(o => $"unknown option --{o}"));
        if (reader.Errors.Count > 0)
        {
            foreach (var problem in reader.Errors)
            {
                error.WriteLine($"GovBot {verb.Name}: {problem}.");
            }

            error.WriteLine($"Usage: GovBot {verb.Usage}");
            return ExitCodes.Usage;
        }

        var builder = HostingExtensions.CreateBuilder([], quietConsole: true);
        using var host = builder.Build();
        try
        {
            return await verb.RunAsync(reader, new VerbContext(host.Services, output, error, cancellationToken));
        }
        catch (Exception ex)
        {
            return FailureReport.Write(ex, builder.Configuration, error);
        }
    }

    public static string Help() => VerbHelp.Overview(Verbs);
}
