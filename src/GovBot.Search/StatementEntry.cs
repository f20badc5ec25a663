namespace GovBot.Search;

/// <summary>What the index keeps per statement so it can filter and rank without reading the store.</summary>
internal sealed record StatementEntry(long StatementId, long ArticleId, string? SpeakerId, string? Date, double Quality)
{
    public bool Deleted { get; set; }
}
