using System.Security.Cryptography;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Search;
using GovBot.Core.Text;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Brings documents into the store, idempotently: a file is keyed by its path under the import root and
/// recognised by the hash of its bytes, so importing the same folder twice adds nothing and a changed file
/// replaces its article.
/// </summary>
public sealed class ArticleImporter(IArticleStore store, IKnowledgeIndex index, IArticleAnalyzer analyzer, TimeProvider time)
{
    /// <param name="paths">Files and folders (searched recursively without following links; README.md files are skipped).</param>
    /// <param name="cancellationToken">Stops between files; what was stored stays stored.</param>
    /// <param name="stored">Called after each file, once its article is committed, so a caller can acknowledge it at once.</param>
    public IReadOnlyList<ImportResult> ImportPaths(IEnumerable<string> paths, CancellationToken cancellationToken, Action<ImportResult>? stored = null) =>
        ThenRelease(() => ImportAll(paths, cancellationToken, stored));

    /// <summary>Imports one file if it is a regular file (a link to one is followed) of at most 5 MB of text.</summary>
    public ImportResult ImportFile(string path, string documentKey) => ThenRelease(() => ImportFileInBatch(path, documentKey));

    public ImportResult ImportBytes(string key, string fileName, byte[] bytes) => ThenRelease(() => ImportBytesInBatch(key, fileName, bytes));

    /// <summary>
    /// What an import holds in memory for the next article (the shipped vectors) is kept through a batch and freed after it:
    /// a running bot adds articles seldom, and should not carry it meanwhile.
    /// </summary>
    private T ThenRelease<T>(Func<T> import)
    {
        try
        {
            return import();
        }
        finally
        {
            index.ReleaseImportCaches();
        }
    }

    private List<ImportResult> ImportAll(IEnumerable<string> paths, CancellationToken cancellationToken, Action<ImportResult>? stored)
    {
        var results = new List<ImportResult>();
        void Add(ImportResult result)
        {
            results.Add(result);
            stored?.Invoke(result);
        }

        foreach (var path in paths)
        {
            // A path named on the command line is followed if it is a link; links found inside it are not.
            var (kind, _) = FileProbe.Probe(path, followLinks: true);
            if (kind == FileKind.Directory)
            {
                foreach (var entry in DocumentTree.Walk(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(entry.NotRead ?? ImportFileInBatch(entry.Path, entry.Key));
                }
            }
            else if (kind == FileKind.Missing)
            {
                Add(new ImportResult(path, ImportOutcome.Failed, null, "no such file or folder"));
            }
            else if (!DocumentFiles.IsSupported(path))
            {
                Add(new ImportResult(path, ImportOutcome.Refused, null, "only .txt, .md and .html files can be imported"));
            }
            else
            {
                Add(ImportFileInBatch(path, Path.GetFileName(path)));
            }
        }

        return results;
    }

    private ImportResult ImportFileInBatch(string path, string documentKey)
    {
        var key = documentKey.Replace('\\', '/');
        try
        {
            var (kind, size) = FileProbe.Probe(path, followLinks: true);
            if (kind != FileKind.Regular)
            {
                return kind == FileKind.Missing ? new ImportResult(key, ImportOutcome.Failed, null, "no such file or folder") : DocumentTree.NotRegular(key, kind);
            }

            var bytes = size > DocumentFiles.MaxBytes ? null : DocumentFiles.ReadAtMost(path, DocumentFiles.MaxBytes);
            return bytes is null
                ? new ImportResult(key, ImportOutcome.Refused, null, $"larger than {DocumentFiles.MaxBytes / (1024 * 1024)} MB")
                : ImportBytesInBatch(key, path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ImportResult(key, ImportOutcome.Failed, null, ex.Message);
        }
    }

    private ImportResult ImportBytesInBatch(string key, string fileName, byte[] bytes)
    {
        var check = ContentCheck.Of(bytes);
        if (check.Refusal is not null)
        {
            return new ImportResult(key, ImportOutcome.Refused, null, check.Refusal);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = store.FindArticleByDocument(key);
        if (existing is not null && existing.ContentHash == hash && existing.ExtractorVersion == analyzer.Version)
        {
            return new ImportResult(key, ImportOutcome.Unchanged, existing.Id, null) { Warning = check.Warning, Article = Describe(existing, null) };
        }

        if (existing is null && store.FindArticleByHash(hash) is { } twin)
        {
            return new ImportResult(key, ImportOutcome.Duplicate, twin.Id, $"same content as {twin.Document}") { Article = Describe(twin, null) };
        }

        string text;
        try
        {
            text = DocumentFiles.ReadText(fileName, bytes);
        }
        catch (UnreadableDocumentException ex)
        {
            return new ImportResult(key, ImportOutcome.Refused, null, ex.Message);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ImportResult(key, ImportOutcome.Refused, null, "the file has no text");
        }

        var analysis = analyzer.Analyze(text, fileName);
        var article = ToArticle(key, text, hash, analysis);
        var stored = store.Save(article, analysis.Quotes);
        index.Apply(stored);
        JoinEarlierShortForms(stored);
        return new ImportResult(key, existing is null ? ImportOutcome.Added : ImportOutcome.Updated, stored.Article.Id, null)
        {
            Warning = check.Warning,
            Article = Describe(stored.Article, stored.Statements.Count),
        };
    }

    private ImportedArticle Describe(Article article, int? statements) =>
        new(article.Title, article.Date, article.Speakers.Select(s => s.Name).ToList(), statements ?? store.StatementsOf(article.Id).Count);

    /// <summary>Analyses every stored article again with the current extractor, keeping its document key and metadata source.</summary>
    public int Reextract(bool onlyOutdated, CancellationToken cancellationToken) => ThenRelease(() => ReextractAll(onlyOutdated, cancellationToken));

    private int ReextractAll(bool onlyOutdated, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var header in store.AllArticleHeaders().ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (onlyOutdated && header.ExtractorVersion == analyzer.Version)
            {
                continue;
            }

            var text = store.ArticleText(header.Id);
            if (text is null)
            {
                continue;
            }

            var analysis = analyzer.Analyze(text, header.Document);
            var fresh = ToArticle(header.Document, text, header.ContentHash, analysis);
            var stored = store.Save(fresh, analysis.Quotes);
            index.Apply(stored);
            JoinEarlierShortForms(stored);
            count++;
        }

        return count;
    }

    /// <summary>
    /// A full name new to the store ("Joe Biden") takes in the articles stored earlier under its one-word form ("Biden"): they
    /// are analysed and saved again, and saving joins a one-word speaker to the one full-name profile it fits. So one person
    /// has one profile whichever article came first.
    /// </summary>
    private void JoinEarlierShortForms(StoredArticle stored)
    {
        var shortProfiles = stored.Article.Speakers
            .Where(s => s.Name.Contains(' ', StringComparison.Ordinal))
            .SelectMany(s => s.Aliases.Where(a => !a.Contains(' ', StringComparison.Ordinal)))
            .Select(a => store.FindSpeaker(NameKey.For(a)))
            .Where(p => p is not null && !p.Name.Contains(' ', StringComparison.Ordinal))
            .Select(p => p!.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (shortProfiles.Count == 0)
        {
            return;
        }

        foreach (var header in store.AllArticleHeaders().Where(a => a.Id != stored.Article.Id && a.SpeakerIds.Any(shortProfiles.Contains)).ToList())
        {
            var text = store.ArticleText(header.Id);
            if (text is null)
            {
                continue;
            }

            var analysis = analyzer.Analyze(text, header.Document);
            index.Apply(store.Save(ToArticle(header.Document, text, header.ContentHash, analysis), analysis.Quotes));
        }
    }

    private Article ToArticle(string key, string text, string hash, ArticleAnalysis analysis)
    {
        var speakers = analysis.Speakers.Select(s => new ArticleSpeaker
        {
            Id = NameKey.For(s.Name),
            Name = s.Name,
            Title = s.Title,
            Organization = s.Organization,
            Country = s.Country,
            Aliases = s.Aliases.ToList(),
        }).Where(s => s.Id.Length > 0).ToList();

        return new Article
        {
            Document = key,
            Title = analysis.Title,
            Source = analysis.Source,
            Date = analysis.Date,
            Url = analysis.Url,
            Licence = analysis.Licence,
            Place = analysis.Place,
            SourceCountry = analysis.SourceCountry,
            Kind = analysis.Kind,
            Summary = analysis.Summary,
            Text = text,
            ContentHash = hash,
            ImportedUtc = time.GetUtcNow().UtcDateTime,
            ExtractorVersion = analysis.ExtractorVersion,
            Topics = analysis.Topics.ToList(),
            Speakers = speakers,
            SpeakerIds = speakers.Select(s => s.Id).Distinct().ToList(),
        };
    }
}
