namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>The attributions of one article and the regions annotators marked as boilerplate to ignore.</summary>
public sealed record BratDocument(IReadOnlyList<BratAttribution> Attributions, IReadOnlyList<BratSpan> Discards);
