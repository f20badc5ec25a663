namespace GovBot.Ingestion.Import;

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    Duplicate,
    Failed,
}
