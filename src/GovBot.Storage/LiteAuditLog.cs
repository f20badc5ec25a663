using GovBot.Core.Domain;
using LiteDB;

namespace GovBot.Storage;

public sealed class LiteAuditLog(GovBotDatabase db) : IAuditLog
{
    public void Record(AuditEntry entry)
    {
        entry.Id = 0;
        db.Audit.Insert(entry);
    }

    public IReadOnlyList<AuditEntry> Recent(int count) =>
        db.Audit.Query().OrderByDescending(a => a.Id).Limit(Math.Clamp(count, 1, 1000)).ToList();
}
