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
        // Unchanged statements keep their vectors (keyed by their words), so only changed ones are encoded.
        var encoded = context.EncodeNewStatements();
        context.Out.WriteLine($"Re-analysed {count} articles; encoded {encoded} new passages.");
        return Task.FromResult(ExitCodes.Ok);
    }
}
