namespace GovBot.Core.Search;

/// <summary>The ranked few shown, and how many statements matched in all (what "N of M" counts).</summary>
public sealed record CountedHits(IReadOnlyList<ScoredHit> Hits, int Matched);
