namespace GovBot.Search.Semantic;

/// <summary>
/// Turns text into unit-length vectors whose dot product says how close two texts are in meaning. Nothing outside this
/// folder knows which model does it, so a better one can replace it; <see cref="ModelId"/> keys every stored vector, so a
/// new model never reads an old model's vectors.
/// </summary>
public interface ISentenceEncoder
{
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>
    /// The cosine similarity texts on unrelated subjects typically get from this model (measured on the corpus): models
    /// differ widely here, so scores are rescaled to put it at 0 and identity at 1, and the bars built on them hold for any model.
    /// </summary>
    float UnrelatedSimilarity { get; }

    /// <summary>True once the model is in memory; loading it takes a second or more.</summary>
    bool IsLoaded { get; }

    /// <summary>Loads the model now rather than on the first call.</summary>
    void Load(CancellationToken cancellationToken);

    /// <summary>Vectors for stored texts, one per text, in order.</summary>
    float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>The vector of a question (retrieval models encode questions differently from the passages they look for).</summary>
    float[] EncodeQuestion(string question, CancellationToken cancellationToken);
}
