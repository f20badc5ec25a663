using GovBot.Core.Domain;

namespace GovBot.Storage.Numbering;

/// <summary>
/// Schema 1 stores numbered by insertion order and kept no ledger. The ledger is filled from what the store holds,
/// so every article and statement keeps the number people see today.
/// </summary>
internal static class NumberingMigration
{
    public static void Run(GovBotDatabase db)
    {
        var articles = db.Articles.FindAll().Select(a => new ArticleNumber { Id = a.Id, Document = a.Document }).ToList();
        db.ArticleNumbers.InsertBulk(articles);
        foreach (var group in db.Statements.FindAll().ToList().GroupBy(s => s.ArticleId))
        {
            var ordered = group.OrderBy(s => s.Start).ThenBy(s => s.Id).ToList();
            var keys = StatementKey.ForAll(group.Key, ordered.Select(s => s.Text));
            db.StatementNumbers.InsertBulk(ordered.Select((s, i) => new StatementNumber { Id = s.Id, ArticleId = group.Key, Key = keys[i] }));
        }
    }
}
