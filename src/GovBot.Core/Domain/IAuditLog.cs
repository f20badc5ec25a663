namespace GovBot.Core.Domain;

public interface IAuditLog
{
    void Record(AuditEntry entry);

    IReadOnlyList<AuditEntry> Recent(int count);
}
