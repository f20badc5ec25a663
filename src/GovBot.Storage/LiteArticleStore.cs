using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Text;
using GovBot.Storage.Numbering;
using LiteDB;

namespace GovBot.Storage;

/// <summary>
/// LiteDB behind <see cref="IArticleStore"/>. Methods are synchronous and short; a save is one transaction on the
/// calling thread (LiteDB binds transactions to the thread), so it never spans an await.
/// </summary>
public sealed class LiteArticleStore(GovBotDatabase db) : IArticleStore
{
    public Article? FindArticle(long id) => db.Articles.FindById(id);

    public string? ArticleText(long id) => db.Texts.FindById(id)?.Text;

    public Article? FindArticleByDocument(string document) => db.Articles.FindOne(a => a.Document == document);

    public Article? FindArticleByHash(string contentHash) => db.Articles.FindOne(a => a.ContentHash == contentHash);

    public Statement? FindStatement(long id) => db.Statements.FindById(id);

    public Speaker? FindSpeaker(string id) => db.Speakers.FindById(id);

    public bool ArticleWasRemoved(long id) => db.ArticleNumbers.FindById(id) is { Removed: true };

    public bool StatementWasRemoved(long id) => db.StatementNumbers.FindById(id) is { Removed: true };

    public IReadOnlyList<Statement> StatementsOf(long articleId) =>
        db.Statements.Find(s => s.ArticleId == articleId).OrderBy(s => s.Start).ToList();

    public IEnumerable<Article> AllArticleHeaders() => db.Articles.FindAll().ToList();

    public IEnumerable<Statement> AllStatements() => db.Statements.FindAll().ToList();

    public IEnumerable<Speaker> AllSpeakers() => db.Speakers.FindAll().ToList();

    public int ArticleCount() => db.Articles.Count();

    public StoredArticle Save(Article article, IReadOnlyList<ExtractedQuote> quotes) => SaveBatch([(article, quotes)])[0];

    public IReadOnlyList<StoredArticle> SaveBatch(IReadOnlyList<(Article Article, IReadOnlyList<ExtractedQuote> Quotes)> batch)
    {
        if (!db.Database.BeginTrans())
        {
            throw new InvalidOperationException("A transaction is already open on this thread.");
        }

        try
        {
            var numbers = new NumberLedger(db);
            var touchedSpeakers = new HashSet<string>(StringComparer.Ordinal);
            var saved = new List<(Article Article, List<Statement> Statements, long? Replaced)>();
            foreach (var (article, quotes) in batch)
            {
                var previous = db.Articles.FindOne(a => a.Document == article.Document);
                touchedSpeakers.UnionWith(article.SpeakerIds);
                if (previous is not null)
                {
                    touchedSpeakers.UnionWith(previous.SpeakerIds);
                    db.Statements.DeleteMany(s => s.ArticleId == previous.Id);
                    db.Texts.Delete(previous.Id);
                    db.Articles.Delete(previous.Id);
                }

                // The document keeps its number for life, whatever re-extraction or a correction changes.
                article.Id = previous?.Id ?? numbers.ForArticle(article.Document);
                ApplySpeakerCorrections(article);
                touchedSpeakers.UnionWith(article.SpeakerIds);
                db.Articles.Insert(article);
                db.Texts.Insert(new ArticleText { Id = article.Id, Text = article.Text });
                var hidden = db.Corrections.Find(c => c.Kind == CorrectionKind.QuoteHide && c.Document == article.Document)
                    .Select(c => c.TextHash).ToHashSet(StringComparer.Ordinal);
                var statements = quotes.Where(q => !hidden.Contains(Correction.HashOf(q.Text))).Select(q => ToStatement(article, q)).ToList();
                numbers.NumberStatements(article.Id, statements);
                db.Statements.InsertBulk(statements);
                saved.Add((article, statements, previous?.Id));
            }

            var (speakers, removed) = RebuildProfiles(touchedSpeakers);
            db.Database.Commit();
            return saved.Select(s => new StoredArticle(s.Article, s.Statements,
                speakers.Where(p => s.Article.SpeakerIds.Contains(p.Id)).ToList(), s.Replaced) { RemovedSpeakerIds = removed }).ToList();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    public RemovedArticle? Remove(long articleId)
    {
        if (!db.Database.BeginTrans())
        {
            throw new InvalidOperationException("A transaction is already open on this thread.");
        }

        try
        {
            var article = db.Articles.FindById(articleId);
            if (article is null)
            {
                db.Database.Rollback();
                return null;
            }

            var statements = db.Statements.DeleteMany(s => s.ArticleId == articleId);
            db.Texts.Delete(articleId);
            db.Articles.Delete(articleId);
            NumberLedger.RetireArticle(db, articleId);
            var (_, removed) = RebuildProfiles(article.SpeakerIds);
            db.Database.Commit();
            return new RemovedArticle(article, statements, removed);
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    public IReadOnlyList<StoredArticle> Correct(Correction correction)
    {
        if (!db.Database.BeginTrans())
        {
            throw new InvalidOperationException("A transaction is already open on this thread.");
        }

        try
        {
            db.Corrections.Upsert(correction);
            var affected = correction.Kind is CorrectionKind.SpeakerEdit or CorrectionKind.SpeakerMerge
                ? db.Articles.Find(a => a.SpeakerIds.Contains(correction.SpeakerId!)).ToList()
                : db.Articles.Find(a => a.Document == correction.Document).ToList();
            db.Database.Commit();
            // Saving again applies every correction, exactly as a re-extraction would.
            return SaveBatch(affected.Select(a =>
            {
                a.Text = db.Texts.FindById(a.Id)?.Text ?? "";
                var quotes = StatementsOf(a.Id).Select(s => new ExtractedQuote(s.Text, s.SpeakerId is null ? null : a.Speakers.FirstOrDefault(p => p.Id == s.SpeakerId)?.Name ?? s.SpeakerLabel, s.Kind, s.Start, s.End, s.Cue) { Topics = s.Topics }).ToList();
                return (a, (IReadOnlyList<ExtractedQuote>)quotes);
            }).ToList());
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    public IReadOnlyList<Correction> Corrections() => db.Corrections.FindAll().ToList();

    public string? GetMeta(string key) => db.Meta.FindById(key)?.Value;

    public void SetMeta(string key, string value) => db.Meta.Upsert(new MetaEntry { Key = key, Value = value });

    /// <summary>
    /// Merges first (a merged speaker takes the kept profile's id and name, its own name becoming an alias, and two
    /// speakers of one article that are now the same person become one), then a moderator's title, organisation or
    /// country replaces what extraction found.
    /// </summary>
    private void ApplySpeakerCorrections(Article article)
    {
        var speakers = new List<ArticleSpeaker>();
        foreach (var speaker in article.Speakers)
        {
            if (FullNameProfile(speaker) is { } full)
            {
                speaker.Aliases = speaker.Aliases.Append(speaker.Name).Distinct(StringComparer.Ordinal).ToList();
                speaker.Id = full.Id;
                speaker.Name = full.Name;
            }

            if (MergeTarget(speaker.Id) is { } target)
            {
                speaker.Aliases = speaker.Aliases.Append(speaker.Name).Distinct(StringComparer.Ordinal).ToList();
                speaker.Id = target.Id;
                speaker.Name = target.Name;
            }

            if (speakers.FirstOrDefault(s => s.Id == speaker.Id) is { } same)
            {
                same.Aliases = same.Aliases.Concat(speaker.Aliases).Append(speaker.Name).Where(a => a != same.Name).Distinct(StringComparer.Ordinal).ToList();
                same.Title ??= speaker.Title;
                same.Organization ??= speaker.Organization;
                same.Country ??= speaker.Country;
                continue;
            }

            speakers.Add(speaker);
        }

        foreach (var speaker in speakers)
        {
            if (db.Corrections.FindById("speaker:" + speaker.Id) is { } edit)
            {
                speaker.Title = edit.Title ?? speaker.Title;
                speaker.Organization = edit.Organization ?? speaker.Organization;
                speaker.Country = edit.Country ?? speaker.Country;
            }
        }

        article.Speakers = speakers;
        article.SpeakerIds = speakers.Select(s => s.Id).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A speaker an article names by one word ("Biden") is the one person of that name the store knows in full ("Joe Biden"),
    /// and a full name that is another form of a known one ("Joseph R. Biden") is that person, when there is exactly one
    /// such profile and no moderator has merged this speaker elsewhere.
    /// </summary>
    private Speaker? FullNameProfile(ArticleSpeaker speaker)
    {
        var oneWord = !speaker.Name.Contains(' ', StringComparison.Ordinal);
        // A full name that already has a profile of its own keeps it, so two established profiles never trade places.
        if (db.Corrections.FindById("merge:" + speaker.Id) is not null || (!oneWord && db.Speakers.FindById(speaker.Id) is not null))
        {
            return null;
        }

        var surname = oneWord ? speaker.Name : speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var candidates = db.Speakers.Find(s => s.Aliases.Contains(surname))
            .Where(s => s.Id != speaker.Id && s.Name.Contains(' ', StringComparison.Ordinal))
            .Where(s => oneWord || GivenNames.SamePerson(speaker.Name, s.Name))
            .Where(s => s.Country is null || speaker.Country is null || s.Country == speaker.Country)
            .Take(2)
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Where a chain of merges ends for this speaker, or null if it was never merged. A cycle stops the chain.</summary>
    private (string Id, string Name)? MergeTarget(string speakerId)
    {
        (string Id, string Name)? target = null;
        var seen = new HashSet<string>(StringComparer.Ordinal) { speakerId };
        var current = speakerId;
        while (db.Corrections.FindById("merge:" + current) is { MergeIntoId: { } into } merge && seen.Add(into))
        {
            target = (into, db.Speakers.FindById(into)?.Name ?? merge.MergeIntoName ?? into);
            current = into;
        }

        return target;
    }

    private (List<Speaker> Rebuilt, List<string> Removed) RebuildProfiles(IEnumerable<string> speakerIds)
    {
        var rebuilt = new List<Speaker>();
        var removed = new List<string>();
        foreach (var id in speakerIds.Distinct(StringComparer.Ordinal))
        {
            var articles = db.Articles.Find(a => a.SpeakerIds.Contains(id)).ToList();
            if (articles.Count == 0)
            {
                if (db.Speakers.Delete(id))
                {
                    removed.Add(id);
                }

                continue;
            }

            var profile = SpeakerProfileBuilder.Build(id, articles);
            db.Speakers.Upsert(profile);
            rebuilt.Add(profile);
        }

        return (rebuilt, removed);
    }

    private static Statement ToStatement(Article article, ExtractedQuote quote)
    {
        // A merged speaker's quotes still carry the name extraction found, which is now one of the kept profile's aliases.
        var speaker = quote.Speaker is null
            ? null
            : article.Speakers.FirstOrDefault(s => string.Equals(s.Name, quote.Speaker, StringComparison.Ordinal))
              ?? article.Speakers.FirstOrDefault(s => s.Aliases.Contains(quote.Speaker, StringComparer.Ordinal));
        return new Statement
        {
            ArticleId = article.Id,
            SpeakerId = speaker?.Id,
            SpeakerLabel = quote.Speaker ?? article.Source ?? "unattributed",
            Text = quote.Text,
            Kind = quote.Kind,
            Start = quote.Start,
            End = quote.End,
            Cue = quote.Cue,
            Date = article.Date,
            Topics = quote.Topics.ToList(),
            Country = speaker?.Country ?? article.SourceCountry,
            SpeakerRole = speaker is null ? null : string.Join(", ", new[] { speaker.Title, speaker.Organization }.Where(s => !string.IsNullOrWhiteSpace(s))),
        };
    }
}
