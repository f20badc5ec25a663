using GovBot.Ingestion.Import;

namespace GovBot.Cli.Verbs;

public sealed class ReextractVerb : IVerb
{
    public string Name => "reextract";
    public string Usage => "reextract";
    public string Description => "analyse every stored article again with the current extractor";

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        context.EnsureStoreReady();
        var count = context.Get<ArticleImporter>().Reextract(onlyOutdated: false, context.CancellationToken);
        // Unchanged statements keep their vectors (keyed by their words): only changed ones wait for encoding, which the bot
        // does in the background and `ask` before answering.
        var pending = context.Get<Search.Semantic.StatementVectors>().PendingCount;
        context.Out.WriteLine($"Re-analysed {count} articles; {pending} passages with new words wait for encoding.");
        return Task.FromResult(ExitCodes.Ok);
    }
}
