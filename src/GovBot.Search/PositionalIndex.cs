namespace GovBot.Search;

/// <summary>
/// A BM25 inverted index with term positions, so ranking can reward exact phrases and close terms.
/// Documents are numbered by insertion; removal leaves a tombstone.
/// </summary>
internal sealed class PositionalIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double PhraseBoost = 1.6;
    private const double ProximityBoost = 1.2;
    private const int ProximityWindow = 8;
    private const int RescoreDepth = 200;

    private const int MaxCachedPhrases = 512;
    private readonly Dictionary<string, PostingList> postings = new(StringComparer.Ordinal);

    // Readers build it on demand and swap it in whole, so a reader never sees half of one.
    private volatile NormCache? normCache;

    // Readers search concurrently, so the phrase lists they build are shared through a concurrent cache, valid for one Version.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Version, PostingList List)> phrases = new(StringComparer.Ordinal);
    private readonly List<int> lengths = [];
    private readonly List<bool> deleted = [];
    private long totalLength;
    private int liveCount;
    private int deletions;

    public int LiveCount => liveCount;

    /// <summary>Changes whenever a document is added, so caches derived from the vocabulary know when to refresh.</summary>
    public int Version => lengths.Count;

    public IEnumerable<string> Vocabulary => postings.Keys;

    public int Add(List<(string Term, int Position)> terms)
    {
        var doc = lengths.Count;
        var length = terms.Count == 0 ? 0 : terms[^1].Position + 1;
        lengths.Add(length);
        deleted.Add(false);
        totalLength += length;
        liveCount++;

        foreach (var group in terms.GroupBy(t => t.Term, StringComparer.Ordinal))
        {
            if (!postings.TryGetValue(group.Key, out var list))
            {
                list = new PostingList();
                postings[group.Key] = list;
            }

            list.Add(doc, group.Select(t => t.Position).ToList());
        }

        return doc;
    }

    public void Delete(int doc)
    {
        if (doc < 0 || doc >= deleted.Count || deleted[doc])
        {
            return;
        }

        deleted[doc] = true;
        totalLength -= lengths[doc];
        liveCount--;
        deletions++;
    }

    /// <summary>The documents that hold the term, deleted ones included (a filter on live documents tests those anyway).</summary>
    public IReadOnlyList<int> DocumentsWith(string term) => (IReadOnlyList<int>?)postings.GetValueOrDefault(term)?.Docs ?? [];

    /// <summary>True when a document that is not deleted holds the term.</summary>
    public bool Contains(string term) => DocumentFrequency(term) > 0;

    /// <summary>
    /// How many documents that are not deleted hold the term. A deleted document's postings stay until the index is rebuilt,
    /// so counting them would make a re-imported article's words look twice as common as after a restart.
    /// </summary>
    public int DocumentFrequency(string term) => LiveFrequency(postings.GetValueOrDefault(term));

    private int LiveFrequency(PostingList? list) =>
        list is null ? 0 : deletions == 0 ? list.Count : list.Live(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deleted), deletions);

    /// <summary>
    /// A query term standing for an exact phrase of analysed words, each with its offset from the first, since stop
    /// words keep their places ("Declaration for the Future" is "0:declar 3:futur"); it is scored like one word.
    /// </summary>
    public static string PhraseTerm(List<(string Term, int Position)> words) =>
        string.Join(' ', words.Select(w => $"{w.Position - words[0].Position}:{w.Term}"));

    private PostingList? PostingsOf(string term)
    {
        if (!term.Contains(' ', StringComparison.Ordinal))
        {
            return postings.GetValueOrDefault(term);
        }

        if (phrases.TryGetValue(term, out var cached) && cached.Version == Version)
        {
            return cached.List;
        }

        var list = BuildPhrase(term.Split(' '));
        if (list is not null)
        {
            if (phrases.Count >= MaxCachedPhrases)
            {
                phrases.Clear();
            }

            phrases[term] = (Version, list);
        }

        return list;
    }

    /// <summary>The documents where the words stand side by side, in order; the phrase's positions are its first word's.</summary>
    private PostingList? BuildPhrase(string[] parts)
    {
        var lists = new PostingList[parts.Length];
        var offsets = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            var colon = parts[k].IndexOf(':', StringComparison.Ordinal);
            if (colon < 1 || !int.TryParse(parts[k].AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture, out offsets[k]) ||
                !postings.TryGetValue(parts[k][(colon + 1)..], out var found))
            {
                return null;
            }

            lists[k] = found;
        }

        // Walk the rarest word's documents and look the others up there.
        var driver = Enumerable.Range(0, parts.Length).MinBy(k => lists[k].Count);
        var result = new PostingList();
        var starts = new List<int>();
        var driverList = lists[driver];
        for (var i = 0; i < driverList.Count; i++)
        {
            var doc = driverList.Docs[i];
            starts.Clear();
            foreach (var p in driverList.PositionsAt(i))
            {
                var start = p - offsets[driver];
                var all = start >= 0;
                for (var k = 0; k < parts.Length && all; k++)
                {
                    all = k == driver || lists[k].PositionsOf(doc).Contains(start + offsets[k]);
                }

                if (all)
                {
                    starts.Add(start);
                }
            }

            if (starts.Count > 0)
            {
                result.Add(doc, starts);
            }
        }

        return result;
    }

    public List<(int Doc, double Score)> Search(List<(string Term, int Position)> query, Func<int, bool>? filter, int limit) =>
        SearchWithCoverage(query, filter, limit).Select(r => (r.Doc, r.Score)).ToList();

    /// <summary>
    /// BM25 with phrase and proximity boosts; <c>Coverage</c> is the idf-weighted share of the query's distinct terms a
    /// document contains (1 = all of them), which a caller can use to refuse weak matches.
    /// </summary>
    /// <remarks>
    /// Terms that <paramref name="groups"/> puts in one group are alternatives: a document holding any of them covers the
    /// group, weighed by the idf of the group's first term (the word asked). Other terms are groups of their own.
    /// </remarks>
    public List<(int Doc, double Score, double Coverage)> SearchWithCoverage(List<(string Term, int Position)> query, Func<int, bool>? filter, int limit,
        IReadOnlyDictionary<string, int>? groups = null) => SearchWithCoverage(query, filter, limit, out _, groups);

    /// <param name="matched">How many live documents passing the filter hold at least one of the query's terms.</param>
    public List<(int Doc, double Score, double Coverage)> SearchWithCoverage(List<(string Term, int Position)> query, Func<int, bool>? filter, int limit,
        out int matched, IReadOnlyDictionary<string, int>? groups = null)
    {
        matched = 0;
        var results = new List<(int, double, double)>();
        if (query.Count == 0 || liveCount == 0 || limit <= 0)
        {
            return results;
        }

        var count = lengths.Count;
        var scores = System.Buffers.ArrayPool<double>.Shared.Rent(count);
        Array.Clear(scores, 0, count);
        // Which groups a document covers is worked out for the ranked few only, one bit per group, from each term's list.
        var termLists = new List<(PostingList List, ulong Mask)>();
        var groupBits = new Dictionary<int, int>();
        var weights = new List<double>();
        // A document usually holds several of the query's terms: decide the filter once per document (0 unasked, 1 kept, 2 dropped).
        var verdicts = filter is null ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(count);
        if (verdicts is not null)
        {
            Array.Clear(verdicts, 0, count);
        }

        var norm = Norms();
        var isDeleted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deleted);
        // Pooled, not grown: a common word touches hundreds of thousands of documents, and a growing list would land on the
        // large object heap at every query.
        var touched = System.Buffers.ArrayPool<int>.Shared.Rent(count);
        var touchedCount = 0;
        foreach (var term in query.Select(q => q.Term).Distinct(StringComparer.Ordinal))
        {
            var list = PostingsOf(term);
            var df = LiveFrequency(list);
            var idf = Math.Log(1 + ((Math.Max(liveCount - df, 0) + 0.5) / (df + 0.5)));
            var group = groups is not null && groups.TryGetValue(term, out var g) ? g : -1 - weights.Count;
            if (!groupBits.TryGetValue(group, out var bit))
            {
                bit = Math.Min(weights.Count, 63);
                groupBits[group] = bit;
                if (weights.Count < 64)
                {
                    weights.Add(idf);
                }
            }

            if (list is null)
            {
                continue;
            }

            termLists.Add((list, 1UL << bit));
            var weight = idf * (K1 + 1);
            var docs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list.Docs);
            var starts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list.PositionStarts);
            var positionCount = list.Positions.Count;
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                if (isDeleted[doc])
                {
                    continue;
                }

                if (verdicts is not null)
                {
                    if (verdicts[doc] == 0)
                    {
                        verdicts[doc] = filter!(doc) ? (byte)1 : (byte)2;
                    }

                    if (verdicts[doc] == 2)
                    {
                        continue;
                    }
                }

                double tf = (i + 1 < docs.Length ? starts[i + 1] : positionCount) - starts[i];
                if (scores[doc] == 0)
                {
                    touched[touchedCount++] = doc;
                }

                scores[doc] += weight * tf / (tf + norm[doc]);
            }
        }

        if (verdicts is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(verdicts);
        }

        matched = touchedCount;
        var ranked = TopK(scores, touched.AsSpan(0, touchedCount), Math.Max(limit, RescoreDepth));
        System.Buffers.ArrayPool<int>.Shared.Return(touched);
        var totalWeight = weights.Sum();
        var coverage = ranked.ToDictionary(r => r.Doc, r => totalWeight == 0 ? 0 : CoveredWeight(Covered(termLists, r.Doc), weights) / totalWeight);
        System.Buffers.ArrayPool<double>.Shared.Return(scores);
        var words = query.Where(q => !q.Term.Contains(' ', StringComparison.Ordinal)).ToList();
        if (words.Count > 1)
        {
            for (var i = 0; i < ranked.Count; i++)
            {
                ranked[i] = (ranked[i].Doc, ranked[i].Score * PositionBoost(words, ranked[i].Doc));
            }

            ranked.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));
        }

        return (ranked.Count > limit ? ranked.GetRange(0, limit) : ranked).Select(r => (r.Doc, r.Score, coverage[r.Doc])).ToList();
    }

    private static ulong Covered(List<(PostingList List, ulong Mask)> termLists, int doc)
    {
        var mask = 0UL;
        foreach (var (list, bit) in termLists)
        {
            if (list.Docs.BinarySearch(doc) >= 0)
            {
                mask |= bit;
            }
        }

        return mask;
    }

    /// <summary>
    /// BM25's length normalisation per document, K1·(1 − B + B·length/average), kept until a document is added or removed:
    /// the scoring loop then reads one number per posting instead of dividing.
    /// </summary>
    private float[] Norms()
    {
        var key = (Count: lengths.Count, Total: totalLength);
        var cached = normCache;
        if (cached is not null && cached.Key == key)
        {
            return cached.Norms;
        }

        var average = Math.Max(1.0, (double)totalLength / Math.Max(1, liveCount));
        var norms = new float[lengths.Count];
        for (var doc = 0; doc < norms.Length; doc++)
        {
            norms[doc] = (float)(K1 * (1 - B + (B * lengths[doc] / average)));
        }

        normCache = new NormCache(key, norms);
        return norms;
    }

    private sealed record NormCache((int Count, long Total) Key, float[] Norms);

    private static double CoveredWeight(ulong mask, List<double> weights)
    {
        var sum = 0.0;
        for (var bit = 0; bit < weights.Count; bit++)
        {
            if ((mask & (1UL << bit)) != 0)
            {
                sum += weights[bit];
            }
        }

        return sum;
    }

    private double PositionBoost(List<(string Term, int Position)> query, int doc)
    {
        var first = postings.TryGetValue(query[0].Term, out var firstList) ? firstList.PositionsOf(doc) : [];
        if (first.IsEmpty)
        {
            return 1.0;
        }

        var allAdjacent = false;
        var allClose = false;
        foreach (var start in first)
        {
            var adjacent = true;
            var close = true;
            for (var q = 1; q < query.Count; q++)
            {
                var positions = postings.TryGetValue(query[q].Term, out var list) ? list.PositionsOf(doc) : [];
                var expected = start + (query[q].Position - query[0].Position);
                var hasExact = false;
                var hasNear = false;
                foreach (var p in positions)
                {
                    hasExact |= p == expected;
                    hasNear |= Math.Abs(p - start) <= ProximityWindow;
                }

                adjacent &= hasExact;
                close &= hasNear;
            }

            allAdjacent |= adjacent;
            allClose |= close;
            if (allAdjacent)
            {
                break;
            }
        }

        return allAdjacent ? PhraseBoost : allClose ? ProximityBoost : 1.0;
    }

    private static List<(int Doc, double Score)> TopK(double[] scores, ReadOnlySpan<int> touched, int k)
    {
        var heap = new PriorityQueue<(int Doc, double Score), (double, int)>(k + 1);
        var lowestScore = double.NegativeInfinity;
        foreach (var doc in touched)
        {
            var score = scores[doc];
            if (score < lowestScore)
            {
                continue;
            }

            // Ties go to the earlier document so results are deterministic.
            var priority = (score, -doc);
            if (heap.Count < k)
            {
                heap.Enqueue((doc, score), priority);
            }
            else if (heap.TryPeek(out _, out var lowest) && priority.CompareTo(lowest) > 0)
            {
                heap.DequeueEnqueue((doc, score), priority);
            }

            if (heap.Count == k && heap.TryPeek(out _, out var floor))
            {
                lowestScore = floor.Item1;
            }
        }

        var list = new List<(int Doc, double Score)>(heap.Count);
        while (heap.Count > 0)
        {
            list.Add(heap.Dequeue());
        }

        list.Reverse();
        return list;
    }
}
