using GovBot.Search.Semantic;

namespace GovBot.Core.Tests.Semantic;

/// <summary>The real model, with a count of the texts it was asked to encode; loading can be held back to stand for a slow load.</summary>
internal sealed class CountingEncoder(ISentenceEncoder inner, bool loaded = true) : ISentenceEncoder
{
    private int passages;
    private int questions;
    private volatile bool isLoaded = loaded;

    /// <summary>One model for the whole test run: it takes a second or more to load.</summary>
    public static readonly Lazy<ISentenceEncoder> Model = new(() =>
    {
        var model = new ArcticXsEncoder();
        model.Load(CancellationToken.None);
        return model;
    });

    public static CountingEncoder Real(bool loaded = true) => new(Model.Value, loaded);

    public int Passages => Volatile.Read(ref passages);

    /// <summary>Questions the model was asked to encode.</summary>
    public int Questions => Volatile.Read(ref questions);

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public float UnrelatedSimilarity => inner.UnrelatedSimilarity;

    public bool IsLoaded => isLoaded;

    public void Load(CancellationToken cancellationToken)
    {
        inner.Load(cancellationToken);
        isLoaded = true;
    }

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref passages, texts.Count);
        return inner.EncodePassages(texts, cancellationToken);
    }

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref questions);
        return inner.EncodeQuestion(question, cancellationToken);
    }
}
