namespace GovBot.Search;

/// <summary>Documents containing one term, in ascending ordinal order, with the term's positions in each.</summary>
internal sealed class PostingList
{
    public List<int> Docs { get; } = [];
    public List<int> PositionStarts { get; } = [];
    public List<int> Positions { get; } = [];

    public int Count => Docs.Count;

    // Swapped whole, so concurrent readers never pair one state's count with another's.
    private LiveCount? live;

    /// <summary>
    /// How many of the list's documents are not deleted. Recounted only when documents were added or deleted since the
    /// last count: deletions are rare (an article re-imported or removed), reads are not.
    /// </summary>
    public int Live(ReadOnlySpan<bool> deleted, int deletions)
    {
        if (live is { } known && known.Deletions == deletions && known.Count == Docs.Count)
        {
            return known.Live;
        }

        var count = 0;
        foreach (var doc in Docs)
        {
            if (!deleted[doc])
            {
                count++;
            }
        }

        live = new LiveCount(deletions, Docs.Count, count);
        return count;
    }

    private sealed record LiveCount(int Deletions, int Count, int Live);

    public int Frequency(int i) => (i + 1 < Docs.Count ? PositionStarts[i + 1] : Positions.Count) - PositionStarts[i];

    public void Add(int doc, List<int> positions)
    {
        Docs.Add(doc);
        PositionStarts.Add(Positions.Count);
        Positions.AddRange(positions);
    }

    /// <summary>The positions of the <paramref name="i"/>-th document in the list.</summary>
    public ReadOnlySpan<int> PositionsAt(int i) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Positions).Slice(PositionStarts[i], Frequency(i));

    public ReadOnlySpan<int> PositionsOf(int doc)
    {
        var i = Docs.BinarySearch(doc);
        if (i < 0)
        {
            return [];
        }

        var start = PositionStarts[i];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Positions).Slice(start, Frequency(i));
    }
}
