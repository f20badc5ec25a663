namespace GovBot.Ingestion.Import;

public sealed record ImportResult(string Document, ImportOutcome Outcome, long? ArticleId, string? Message)
{
    /// <summary>Stored, but with something the person importing should know (invalid UTF-8 read as replacement characters).</summary>
    public string? Warning { get; init; }

    /// <summary>What the stored article (or its twin, for a duplicate) holds, for a per-file line.</summary>
    public ImportedArticle? Article { get; init; }
}

/// <summary>The facts a moderator checks after an import: title, date, who is quoted and how many statements were found.</summary>
public sealed record ImportedArticle(string Title, string? Date, IReadOnlyList<string> Speakers, int Statements);
