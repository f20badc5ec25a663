namespace GovBot.Core.Search;

/// <summary>One text read several ways (as asked, in the record's terms, spell-corrected), compared in meaning as one.</summary>
public static class SimilarReadings
{
    /// <summary>
    /// The statements closest to any of the readings, each at its best score, best first: a statement close to one reading
    /// is close to what was meant. Null when the first reading found nothing to compare with (no model), as for one reading.
    /// </summary>
    public static IReadOnlyList<StatementHit>? Search(IKnowledgeIndex index, StatementQuery query, IReadOnlyList<string> readings)
    {
        var first = index.SearchSimilar(query, readings[0]);
        if (first is null || readings.Count == 1)
        {
            return first;
        }

        return readings.Skip(1).SelectMany(text => index.SearchSimilar(query, text) ?? [])
            .Concat(first)
            .GroupBy(h => h.Id)
            .Select(g => g.MaxBy(h => h.Score))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Id)
            .Take(query.Limit)
            .ToList();
    }
}
