using GovBot.Core.Search;

namespace GovBot.Search.Semantic;

/// <summary>
/// Every passage the index holds, one row per distinct text, and its vector once known. A row's vector comes from the
/// store, else from the shipped file, else from the encoder (<see cref="EmbedPending"/>), and the last is saved to the
/// store: the same words are encoded once per model, whatever re-import or re-extraction does. Rows are only ever added,
/// and a row's vector is set once to an immutable value, so a scan reads them without holding the lock.
/// </summary>
public sealed class StatementVectors
{
    private const int SaveBatch = 64;

    /// <summary>A question's readings (as asked, in the record's words, corrected) and one more.</summary>
    private const int RecentQuestions = 4;
    private readonly ISentenceEncoder encoder;
    private readonly IVectorStore store;
    private readonly string? shippedFile;
    private Lazy<IReadOnlyDictionary<string, byte[]>> shipped;
    private readonly Lock gate = new();
    private readonly Lock embedding = new();
    private readonly Dictionary<string, int> rowsByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> unresolved = [];
    private readonly Dictionary<int, string> pending = [];
    private readonly SemaphoreSlim workArrived = new(0);
    private volatile bool modelWanted;
    private Int8Vector?[] vectors = new Int8Vector?[1024];
    private string[] hashes = new string[1024];
    private int count;
    private int encoded;
    private EncodedQuestion[] recentQuestions = [];

    public StatementVectors(ISentenceEncoder encoder, IVectorStore store, string? shippedFile)
    {
        this.encoder = encoder;
        this.store = store;
        this.shippedFile = shippedFile;
        shipped = ReadOnFirstUse();
    }

    public string ModelId => encoder.ModelId;

    /// <summary>
    /// When false, a question asked before the model is loaded gets no vector (and is answered by words alone) instead of
    /// waiting for the load: the bot sets it so its first seconds answer at once while the model loads in the background.
    /// </summary>
    public bool WaitForModel { get; set; } = true;

    /// <summary>Passages with no vector yet; a scan skips them.</summary>
    public int PendingCount
    {
        get
        {
            lock (gate)
            {
                return pending.Count + unresolved.Count;
            }
        }
    }

    /// <summary>Passages this process has encoded: what re-extraction of unchanged statements must leave at zero.</summary>
    public int EncodedCount => Volatile.Read(ref encoded);

    public int RowCount => Volatile.Read(ref count);

    /// <summary>The rows of a statement's passages, added as needed; their vectors are found by <see cref="Resolve"/>.</summary>
    public int[] Register(string statementText)
    {
        var passages = Passages.Of(statementText);
        var rows = new int[passages.Count];
        lock (gate)
        {
            for (var i = 0; i < passages.Count; i++)
            {
                var hash = VectorKey.TextHash(passages[i]);
                if (!rowsByHash.TryGetValue(hash, out var row))
                {
                    row = count;
                    if (row == vectors.Length)
                    {
                        Array.Resize(ref vectors, row * 2);
                        Array.Resize(ref hashes, row * 2);
                    }

                    hashes[row] = hash;
                    rowsByHash[hash] = row;
                    unresolved[row] = passages[i];
                    Volatile.Write(ref count, row + 1);
                }

                rows[i] = row;
            }
        }

        return rows;
    }

    /// <summary>
    /// Forgets the shipped file, which only new rows need, once a load or an import has resolved them: it holds every
    /// seeded passage's vector a second time (about 10 MB of 18,000 small arrays). An import later reads it again.
    /// </summary>
    public void ReleaseShipped()
    {
        if (HoldsShippedFile)
        {
            Volatile.Write(ref shipped, ReadOnFirstUse());
        }
    }

    /// <summary>Whether the shipped file is in memory: only while articles are being added.</summary>
    public bool HoldsShippedFile => Volatile.Read(ref shipped).IsValueCreated;

    private Lazy<IReadOnlyDictionary<string, byte[]>> ReadOnFirstUse() => new(() =>
        shippedFile is null ? new Dictionary<string, byte[]>() : ShippedVectorFile.Read(shippedFile, encoder.ModelId, encoder.Dimensions));

    /// <summary>Finds stored or shipped vectors for new rows; the rest wait for <see cref="EmbedPending"/>.</summary>
    public void Resolve()
    {
        List<KeyValuePair<int, string>> work;
        lock (gate)
        {
            work = [.. unresolved];
            unresolved.Clear();
        }

        var missing = new List<KeyValuePair<int, string>>();
        var found = new List<(int Row, Int8Vector Vector)>();
        var file = Volatile.Read(ref shipped);
        foreach (var (row, text) in work)
        {
            var hash = HashOf(row);
            var bytes = store.Find(VectorKey.ForHash(encoder.ModelId, hash)) ?? file.Value.GetValueOrDefault(hash);
            if (bytes is not null && Int8Vector.FromBytes(bytes, encoder.Dimensions) is { } vector)
            {
                found.Add((row, vector));
            }
            else
            {
                missing.Add(new(row, text));
            }
        }

        lock (gate)
        {
            // Under the lock: a registration may be growing the array meanwhile.
            foreach (var (row, vector) in found)
            {
                Volatile.Write(ref vectors[row], vector);
            }

            foreach (var (row, text) in missing)
            {
                pending[row] = text;
            }
        }

        if (missing.Count > 0)
        {
            workArrived.Release();
        }
    }

    /// <summary>True once a question arrived that the model was not loaded for (see <see cref="WaitForModel"/>).</summary>
    public bool ModelWanted => modelWanted;

    /// <summary>Completes when passages wait for encoding or a question wanted the model: what the bot's background worker waits on.</summary>
    public Task WaitForWorkAsync(CancellationToken cancellationToken) => workArrived.WaitAsync(cancellationToken);

    /// <summary>Encodes every passage that has no vector yet and saves each batch to the store; returns how many it encoded.</summary>
    public int EmbedPending(CancellationToken cancellationToken)
    {
        lock (embedding)
        {
            Resolve();
            var done = 0;
            while (true)
            {
                List<KeyValuePair<int, string>> batch;
                lock (gate)
                {
                    batch = pending.Take(SaveBatch).ToList();
                }

                if (batch.Count == 0)
                {
                    return done;
                }

                var floats = encoder.EncodePassages(batch.Select(b => b.Value).ToList(), cancellationToken);
                Interlocked.Add(ref encoded, batch.Count);
                var quantized = floats.Select(f => Int8Vector.Quantize(f)).ToList();
                store.Save(batch.Select((b, i) => new KeyValuePair<string, byte[]>(VectorKey.ForHash(encoder.ModelId, HashOf(b.Key)), quantized[i].ToBytes())).ToList());
                lock (gate)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        Volatile.Write(ref vectors[batch[i].Key], quantized[i]);
                        pending.Remove(batch[i].Key);
                    }
                }

                done += batch.Count;
            }
        }
    }

    /// <summary>Loads the model now (the bot does it in the background so that no user waits for it).</summary>
    public void LoadModel(CancellationToken cancellationToken) => encoder.Load(cancellationToken);

    /// <summary>The question's vector, or null when the model is still loading and <see cref="WaitForModel"/> is off.</summary>
    public Int8Vector? EncodeQuestion(string question, CancellationToken cancellationToken)
    {
        if (!WaitForModel && !encoder.IsLoaded)
        {
            // The model loads on first need, not at start: a bot nobody asks never spends the memory on it.
            modelWanted = true;
            workArrived.Release();
            return null;
        }

        // A question asked again at once (a constraint relaxed, the same words re-read, its other readings compared in turn)
        // reuses its vector: encoding is most of a question's time. The few recent ones are swapped in whole, so concurrent
        // questions never see a torn entry.
        var recent = Volatile.Read(ref recentQuestions);
        foreach (var known in recent)
        {
            if (string.Equals(known.Text, question, StringComparison.Ordinal))
            {
                return known.Vector;
            }
        }

        var vector = Int8Vector.Quantize(encoder.EncodeQuestion(question, cancellationToken));
        Volatile.Write(ref recentQuestions, [new EncodedQuestion(question, vector), .. recent.Take(RecentQuestions - 1)]);
        return vector;
    }

    /// <summary>
    /// Each row's similarity to the question: the cosine rescaled so that the model's unrelated level is 0 and identity 1
    /// (see <see cref="ISentenceEncoder.UnrelatedSimilarity"/>); rows without a vector score negative infinity.
    /// </summary>
    public float[] Scores(Int8Vector question)
    {
        var (rows, n) = (Volatile.Read(ref vectors), Volatile.Read(ref count));
        var scores = new float[n];
        var unrelated = encoder.UnrelatedSimilarity;
        var stretch = 1 / (1 - unrelated);
        for (var row = 0; row < n; row++)
        {
            var vector = Volatile.Read(ref rows[row]);
            scores[row] = vector is null ? float.NegativeInfinity : (Int8Vector.Cosine(question, vector.Values, vector.Scale) - unrelated) * stretch;
        }

        return scores;
    }

    /// <summary>Every row's vector by text hash, for writing the shipped file.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Known()
    {
        var n = RowCount;
        var known = new List<KeyValuePair<string, byte[]>>(n);
        for (var row = 0; row < n; row++)
        {
            if (Volatile.Read(ref vectors[row]) is { } vector)
            {
                known.Add(new(HashOf(row), vector.ToBytes()));
            }
        }

        return known;
    }

    private sealed record EncodedQuestion(string Text, Int8Vector Vector);

    private string HashOf(int row)
    {
        lock (gate)
        {
            return hashes[row];
        }
    }
}
