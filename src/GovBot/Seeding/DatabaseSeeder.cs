using System.Security.Cryptography;
using System.Text;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Search;
using GovBot.Ingestion.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Seeding;

/// <summary>
/// Makes the store ready: imports the seed folder when its files (or the extractor) changed since the last seeding,
/// re-analyses articles written by an older extractor, and loads the search index.
/// </summary>
public sealed partial class DatabaseSeeder(
    IOptions<SeedOptions> options,
    IArticleStore store,
    IKnowledgeIndex index,
    IArticleAnalyzer analyzer,
    ArticleImporter importer,
    ILogger<DatabaseSeeder> logger)
{
    private readonly Lock gate = new();

    public void EnsureReady(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (index.IsLoaded)
            {
                return;
            }

            index.Load(store, cancellationToken);
            Seed(cancellationToken);
            var reanalysed = importer.Reextract(onlyOutdated: true, cancellationToken);
            if (reanalysed > 0)
            {
                LogReextracted(logger, reanalysed, analyzer.Version);
            }
        }
    }

    private void Seed(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(options.Value.Path);
        if (!Directory.Exists(root))
        {
            LogNoSeed(logger, root);
            return;
        }

        var fingerprint = Fingerprint(root);
        var key = "seed:" + root;
        if (store.GetMeta(key) == fingerprint)
        {
            return;
        }

        var results = importer.ImportPaths([root], cancellationToken);
        foreach (var failed in results.Where(r => r.Outcome is ImportOutcome.Failed or ImportOutcome.Refused or ImportOutcome.Skipped))
        {
            LogSeedFileFailed(logger, failed.Document, failed.Message ?? "unknown error");
        }

        store.SetMeta(key, fingerprint);
        LogSeeded(logger, results.Count(r => r.Outcome == ImportOutcome.Added), results.Count(r => r.Outcome == ImportOutcome.Updated), root);
    }

    private string Fingerprint(string root)
    {
        var sb = new StringBuilder().Append(analyzer.Version).Append('\n');
        // The same walk as the import (links not followed), so a link loop in the seed folder cannot hang start-up.
        foreach (var file in DocumentTree.Walk(root).Where(e => e.NotRead is null).Select(e => e.Path))
        {
            var info = new FileInfo(file);
            sb.Append(Path.GetRelativePath(root, file)).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Seeded {Added} new and {Updated} changed articles from {Root}")]
    private static partial void LogSeeded(ILogger logger, int added, int updated, string root);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Seed folder {Root} does not exist; starting with the store as it is")]
    private static partial void LogNoSeed(ILogger logger, string root);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Could not import seed file {Document}: {Reason}")]
    private static partial void LogSeedFileFailed(ILogger logger, string document, string reason);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Re-analysed {Count} articles with extractor version {Version}")]
    private static partial void LogReextracted(ILogger logger, int count, int version);
}
