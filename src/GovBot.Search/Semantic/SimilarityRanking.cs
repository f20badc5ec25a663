using GovBot.Core.Search;

namespace GovBot.Search.Semantic;

/// <summary>The best statements by meaning: each scores its best passage, and constraints filter as for words.</summary>
internal static class SimilarityRanking
{
    public static List<StatementHit> Best(float[] rowScores, List<int[]> passageRows, List<StatementEntry> entries, Func<int, bool>? filter, int limit)
    {
        var best = new PriorityQueue<int, float>(limit + 1);
        for (var ordinal = 0; ordinal < entries.Count; ordinal++)
        {
            var rows = passageRows[ordinal];
            if (rows.Length == 0 || entries[ordinal].Deleted || (filter is not null && !filter(ordinal)))
            {
                continue;
            }

            var score = float.NegativeInfinity;
            foreach (var row in rows)
            {
                // A row registered after the scores were taken has none yet.
                if (row < rowScores.Length && rowScores[row] > score)
                {
                    score = rowScores[row];
                }
            }

            if (float.IsNegativeInfinity(score))
            {
                continue;
            }

            if (best.Count < limit)
            {
                best.Enqueue(ordinal, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(ordinal, score);
            }
        }

        var hits = new List<StatementHit>(best.Count);
        while (best.TryDequeue(out var ordinal, out var score))
        {
            var entry = entries[ordinal];
            hits.Add(new StatementHit(entry.StatementId, Math.Round(score, 4), Math.Round(score, 4), entry.ArticleId));
        }

        hits.Reverse();
        return hits;
    }

    /// <summary>
    /// The same answer as <see cref="Best"/>, found by visiting passage rows from the closest down: a statement's first
    /// visit is at its best passage, so the walk stops once <paramref name="limit"/> statements passed the filter.
    /// </summary>
    public static List<StatementHit> BestByRows(float[] rowScores, List<List<int>> rowStatements, List<StatementEntry> entries, Func<int, bool>? filter, int limit)
    {
        var rows = Math.Min(rowScores.Length, rowStatements.Count);
        var order = new int[rows];
        var keys = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            order[row] = row;
            keys[row] = -rowScores[row];
        }

        Array.Sort(keys, order);
        var hits = new List<StatementHit>(limit);
        var seen = new HashSet<int>();
        foreach (var row in order)
        {
            var score = rowScores[row];
            if (float.IsNegativeInfinity(score))
            {
                break;
            }

            foreach (var ordinal in rowStatements[row])
            {
                if (entries[ordinal].Deleted || !seen.Add(ordinal) || (filter is not null && !filter(ordinal)))
                {
                    continue;
                }

                var entry = entries[ordinal];
                hits.Add(new StatementHit(entry.StatementId, Math.Round(score, 4), Math.Round(score, 4), entry.ArticleId));
                if (hits.Count == limit)
                {
                    return hits;
                }
            }
        }

        return hits;
    }
}
