using GovBot.Core.Analysis;

namespace GovBot.Core.Domain;

/// <summary>The system of record for articles, their statements and the speaker profiles derived from them.</summary>
public interface IArticleStore
{
    /// <summary>The article's metadata and analysis; its body comes from <see cref="ArticleText"/>.</summary>
    Article? FindArticle(long id);

    string? ArticleText(long id);
    Article? FindArticleByDocument(string document);
    Article? FindArticleByHash(string contentHash);
    Statement? FindStatement(long id);
    Speaker? FindSpeaker(string id);

    /// <summary>True when this number belonged to an article that was removed; numbers are never given out twice.</summary>
    bool ArticleWasRemoved(long id);

    /// <summary>True when this number belonged to a statement that is no longer extracted, was hidden or was removed with its article.</summary>
    bool StatementWasRemoved(long id);
    IReadOnlyList<Statement> StatementsOf(long articleId);

    /// <summary>Every article's metadata (without its body), for building in-memory indexes.</summary>
    IEnumerable<Article> AllArticleHeaders();

    IEnumerable<Statement> AllStatements();
    IEnumerable<Speaker> AllSpeakers();
    int ArticleCount();

    /// <summary>Stores an article and its statements in one transaction, replacing any article with the same document key.</summary>
    StoredArticle Save(Article article, IReadOnlyList<ExtractedQuote> quotes);

    /// <summary>Stores several articles in one transaction: all of them or none.</summary>
    IReadOnlyList<StoredArticle> SaveBatch(IReadOnlyList<(Article Article, IReadOnlyList<ExtractedQuote> Quotes)> batch);

    /// <summary>Deletes an article, its statements and its text in one transaction; null when there is no such article.</summary>
    RemovedArticle? Remove(long articleId);

    /// <summary>Stores a moderator correction and re-applies it to every article it touches, in one transaction.</summary>
    IReadOnlyList<StoredArticle> Correct(Correction correction);

    IReadOnlyList<Correction> Corrections();

    string? GetMeta(string key);
    void SetMeta(string key, string value);
}
