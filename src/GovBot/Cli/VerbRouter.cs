using GovBot.Benchmarks;
using GovBot.Cli.Verbs;

namespace GovBot.Cli;

/// <summary>Dispatches <c>GovBot VERB …</c> to its verb, with help and polite errors for anything unknown.</summary>
public static class VerbRouter
{
    public static readonly IReadOnlyList<IVerb> Verbs =
    [
        new AskVerb(), new QuoteVerb(), new SummaryVerb(), new SpeakerVerb(), new ImportVerb(), new StatsVerb(), new UsageVerb(), new AuditVerb(),
        new ExtractVerb(), new ReextractVerb(), new EvalVerb(), new EvalPolnearVerb(), new EvalAskVerb(), new BenchVerb(), new HealthVerb(),
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
        if (reader.Has("help"))
        {
            output.WriteLine($"Usage: GovBot {verb.Usage}");
            output.WriteLine(verb.Description);
            return ExitCodes.Ok;
        }

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
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            error.WriteLine($"GovBot: configuration is not valid: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Usage;
        }
        catch (LiteDB.LiteException ex)
        {
            error.WriteLine($"GovBot: the store could not be opened or read: {ex.Message}");
            error.WriteLine("If the bot is running, it holds the store; stop it or point Storage__Path at another file.");
            return ExitCodes.Failure;
        }
        catch (IOException ex)
        {
            error.WriteLine($"GovBot: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    public static string Help()
    {
        var lines = new List<string>
        {
            "GovBot: what officials and governments have said about cyber governance.",
            "",
            "Usage:",
            "  GovBot                      start the Discord bot (needs Discord__Token)",
        };
        lines.AddRange(Verbs.Select(v => $"  GovBot {v.Usage,-40} {v.Description}"));
        lines.Add("");
        lines.Add("Configuration (environment variables): Storage__Path (default govbot.db), Seed__Path (default data/articles), Discord__Token.");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
