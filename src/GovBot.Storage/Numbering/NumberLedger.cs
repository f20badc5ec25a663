using GovBot.Core.Domain;
using LiteDB;

namespace GovBot.Storage.Numbering;

/// <summary>
/// Gives articles and statements their numbers. Numbers only grow: the next one is one past the largest ever
/// given, which the ledger remembers even after the article or statement is gone (LiteDB's own auto ids would
/// give a removed top number out again). Used inside the caller's transaction.
/// </summary>
internal sealed class NumberLedger(GovBotDatabase db)
{
    private long nextArticle = Math.Max(LargestId(db.ArticleNumbers), LargestId(db.Articles)) + 1;
    private long nextStatement = Math.Max(LargestId(db.StatementNumbers), LargestId(db.Statements)) + 1;

    /// <summary>The document's number: the one it has or had, or a new one.</summary>
    public long ForArticle(string document)
    {
        if (db.ArticleNumbers.FindOne(n => n.Document == document) is { } known)
        {
            if (known.Removed)
            {
                known.Removed = false;
                db.ArticleNumbers.Update(known);
            }

            return known.Id;
        }

        var number = new ArticleNumber { Id = nextArticle++, Document = document };
        db.ArticleNumbers.Insert(number);
        return number.Id;
    }

    /// <summary>
    /// Numbers the article's statements: the same words keep their number, new words get new numbers, and the
    /// numbers of statements no longer extracted are marked removed.
    /// </summary>
    public void NumberStatements(long articleId, IReadOnlyList<Statement> statements)
    {
        var known = db.StatementNumbers.Find(n => n.ArticleId == articleId).ToDictionary(n => n.Key, StringComparer.Ordinal);
        // In text order, as the migration numbered them, so that repeats of the same words count alike.
        var order = Enumerable.Range(0, statements.Count).OrderBy(i => statements[i].Start).ThenBy(i => i).ToList();
        var keys = StatementKey.ForAll(articleId, order.Select(i => statements[i].Text));
        var fresh = new List<StatementNumber>();
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            if (known.Remove(keys[k], out var number))
            {
                if (number.Removed)
                {
                    number.Removed = false;
                    db.StatementNumbers.Update(number);
                }
            }
            else
            {
                number = new StatementNumber { Id = nextStatement++, ArticleId = articleId, Key = keys[k] };
                fresh.Add(number);
            }

            statements[i].Id = number.Id;
        }

        db.StatementNumbers.InsertBulk(fresh);
        Retire(db, known.Values);
    }

    /// <summary>Marks the article and all its statements removed; their numbers stay taken. Needs no next number.</summary>
    public static void RetireArticle(GovBotDatabase db, long articleId)
    {
        if (db.ArticleNumbers.FindById(articleId) is { Removed: false } article)
        {
            article.Removed = true;
            db.ArticleNumbers.Update(article);
        }

        Retire(db, db.StatementNumbers.Find(n => n.ArticleId == articleId));
    }

    private static void Retire(GovBotDatabase db, IEnumerable<StatementNumber> numbers)
    {
        var gone = numbers.Where(n => !n.Removed).ToList();
        foreach (var number in gone)
        {
            number.Removed = true;
        }

        db.StatementNumbers.Update(gone);
    }

    // Read from the end of the _id index; LiteDB's Max() throws on an empty collection.
    private static long LargestId<T>(ILiteCollection<T> collection) =>
        collection.Query().OrderByDescending("_id").Limit(1).ToDocuments().FirstOrDefault()?["_id"] is { IsNumber: true } id ? id.AsInt64 : 0;
}
