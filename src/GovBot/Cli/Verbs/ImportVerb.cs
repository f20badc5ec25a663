using GovBot.Ingestion.Import;

namespace GovBot.Cli.Verbs;

public sealed class ImportVerb : IVerb
{
    public string Name => "import";
    public string Usage => "import PATH…";
    public string Description => "add or update articles from .txt, .md or .html files and folders";

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        if (args.Positional.Count == 0)
        {
            context.Error.WriteLine("GovBot import: name at least one file or folder.");
            return Task.FromResult(ExitCodes.Usage);
        }

        context.EnsureStoreReady();
        // Each line is written as soon as its article is committed, so a line on screen means the article is stored
        // even if the process dies right after.
        var results = context.Get<ArticleImporter>().ImportPaths(args.Positional, context.CancellationToken, r =>
        {
            context.Out.WriteLine(ImportReport.Line(r));
            context.Out.Flush();
        });

        context.Out.WriteLine(ImportReport.Totals(results));
        return Task.FromResult(ImportReport.ExitCode(results));
    }
}
