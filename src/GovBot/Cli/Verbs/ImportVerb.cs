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
            if (r.Outcome != ImportOutcome.Unchanged)
            {
                var id = r.ArticleId is { } n ? $" #{n}" : "";
                context.Out.WriteLine($"{r.Outcome.ToString().ToLowerInvariant(),-9} {r.Document}{id}{(r.Message is null ? "" : $" ({r.Message})")}");
                context.Out.Flush();
            }
        });

        var counts = results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        context.Out.WriteLine(
            $"{counts.GetValueOrDefault(ImportOutcome.Added)} added, {counts.GetValueOrDefault(ImportOutcome.Updated)} updated, " +
            $"{counts.GetValueOrDefault(ImportOutcome.Unchanged)} unchanged, {counts.GetValueOrDefault(ImportOutcome.Duplicate)} duplicates, " +
            $"{counts.GetValueOrDefault(ImportOutcome.Failed)} failed");
        return Task.FromResult(counts.ContainsKey(ImportOutcome.Failed) ? ExitCodes.Failure : ExitCodes.Ok);
    }
}
