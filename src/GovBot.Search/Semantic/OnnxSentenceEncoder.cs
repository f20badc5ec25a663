using Microsoft.ML.OnnxRuntime;

namespace GovBot.Search.Semantic;

/// <summary>
/// A SentenceTransformers model run by ONNX Runtime on one thread per call. The model ships inside its package's
/// assembly, so nothing is downloaded; it is read into memory on first use.
/// </summary>
public abstract class OnnxSentenceEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>Passages are encoded in small batches: padding to the longest text makes large mixed batches slower.</summary>
    private const int BatchSize = 16;

    private readonly Lock loading = new();
    private SentenceTransformers.ISentenceEncoder? model;
    private SessionOptions? options;

    public abstract string ModelId { get; }

    /// <summary>Both packaged models give 384 dimensions.</summary>
    public virtual int Dimensions => 384;

    public abstract float UnrelatedSimilarity { get; }

    public bool IsLoaded => Volatile.Read(ref model) is not null;

    /// <summary>Prepended to questions (not passages) by models trained for asymmetric retrieval.</summary>
    protected virtual string QuestionPrefix => "";

    protected abstract SentenceTransformers.ISentenceEncoder Create(SessionOptions options);

    public void Load(CancellationToken cancellationToken) => Model();

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var encoder = Model();
        var vectors = new List<float[]>(texts.Count);
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.Skip(start).Take(BatchSize).ToArray();
            vectors.AddRange(encoder.Encode(batch, cancellationToken));
        }

        return [.. vectors];
    }

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) =>
        Model().Encode([QuestionPrefix + question], cancellationToken)[0];

    public void Dispose()
    {
        (model as IDisposable)?.Dispose();
        options?.Dispose();
        GC.SuppressFinalize(this);
    }

    private SentenceTransformers.ISentenceEncoder Model()
    {
        if (Volatile.Read(ref model) is { } loaded)
        {
            return loaded;
        }

        lock (loading)
        {
            if (model is null)
            {
                // One thread per call: the bot answers several users at once on two cores, and ONNX Runtime's own thread
                // pool would make each call fight the others for them.
                // No memory arena: it keeps the peak of every batch for the life of the process, and the bot's resident
                // memory matters more than the few per cent a question's encoding gains from it.
                options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false };
                Volatile.Write(ref model, Create(options));
            }

            return model!;
        }
    }
}
