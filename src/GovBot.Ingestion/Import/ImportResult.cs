namespace GovBot.Ingestion.Import;

public sealed record ImportResult(string Document, ImportOutcome Outcome, long? ArticleId, string? Message);
