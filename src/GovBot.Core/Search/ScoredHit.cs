namespace GovBot.Core.Search;

public readonly record struct ScoredHit(long Id, double Score);
