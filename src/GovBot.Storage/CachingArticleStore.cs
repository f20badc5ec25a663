using System.Collections.Concurrent;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Storage;

/// <summary>
/// Keeps the articles, statements and speakers that answers look up by id in memory, so a burst of lookups does not
/// queue on the database: reading them from LiteDB cost about three quarters of a /quote answer. Every write goes
/// through here and empties the cache; a read that raced a write is not cached, so nothing stale is ever kept. Cached
/// objects are shared between answers and must be treated as read-only (as every reader does).
/// </summary>
public sealed class CachingArticleStore(IArticleStore inner) : IArticleStore
{
    /// <summary>Past this many entries per kind the cache starts over, so a scaled store cannot grow it without bound.</summary>
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<long, Article?> articles = new();
    private readonly ConcurrentDictionary<long, Statement?> statements = new();
    private readonly ConcurrentDictionary<string, Speaker?> speakers = new(StringComparer.Ordinal);
    private readonly Lock writing = new();

    // Even when no write is under way, odd while one is; a read caches its result only if this did not move meanwhile.
    private long version;

    public Article? FindArticle(long id) => Cached(articles, id, inner.FindArticle);

    public Statement? FindStatement(long id) => Cached(statements, id, inner.FindStatement);

    public Speaker? FindSpeaker(string id) => Cached(speakers, id, inner.FindSpeaker);

    public bool ArticleWasRemoved(long id) => inner.ArticleWasRemoved(id);
    public bool StatementWasRemoved(long id) => inner.StatementWasRemoved(id);
    public string? ArticleText(long id) => inner.ArticleText(id);
    public Article? FindArticleByDocument(string document) => inner.FindArticleByDocument(document);
    public Article? FindArticleByHash(string contentHash) => inner.FindArticleByHash(contentHash);
    public IReadOnlyList<Statement> StatementsOf(long articleId) => inner.StatementsOf(articleId);
    public IEnumerable<Article> AllArticleHeaders() => inner.AllArticleHeaders();
    public IEnumerable<Statement> AllStatements() => inner.AllStatements();
    public IEnumerable<Speaker> AllSpeakers() => inner.AllSpeakers();
    public int ArticleCount() => inner.ArticleCount();
    public IReadOnlyList<Correction> Corrections() => inner.Corrections();
    public string? GetMeta(string key) => inner.GetMeta(key);
    public void SetMeta(string key, string value) => inner.SetMeta(key, value);

    public StoredArticle Save(Article article, IReadOnlyList<ExtractedQuote> quotes) => Write(() => inner.Save(article, quotes));

    public IReadOnlyList<StoredArticle> SaveBatch(IReadOnlyList<(Article Article, IReadOnlyList<ExtractedQuote> Quotes)> batch) =>
        Write(() => inner.SaveBatch(batch));

    public RemovedArticle? Remove(long articleId) => Write(() => inner.Remove(articleId));

    public IReadOnlyList<StoredArticle> Correct(Correction correction) => Write(() => inner.Correct(correction));

    private TValue? Cached<TKey, TValue>(ConcurrentDictionary<TKey, TValue?> cache, TKey key, Func<TKey, TValue?> read)
        where TKey : notnull
        where TValue : class
    {
        if (cache.TryGetValue(key, out var hit))
        {
            return hit;
        }

        var before = Interlocked.Read(ref version);
        var value = read(key);
        if ((before & 1) == 0 && Interlocked.Read(ref version) == before)
        {
            if (cache.Count >= MaxEntries)
            {
                cache.Clear();
            }

            cache.TryAdd(key, value);
        }

        return value;
    }

    private T Write<T>(Func<T> write)
    {
        lock (writing)
        {
            Interlocked.Increment(ref version);
            Clear();
            try
            {
                return write();
            }
            finally
            {
                Clear();
                Interlocked.Increment(ref version);
            }
        }
    }

    private void Clear()
    {
        articles.Clear();
        statements.Clear();
        speakers.Clear();
    }
}
