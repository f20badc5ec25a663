namespace GovBot.Core.Search;

/// <summary>A ranked statement; <see cref="Coverage"/> is the idf-weighted share of the query's words it contains.</summary>
public readonly record struct StatementHit(long Id, double Score, double Coverage, long ArticleId = 0);
