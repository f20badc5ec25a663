namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// One PolNeAR attribution event: what was attributed (its content fragments, including a second content), the cue
/// that attributes it, and the source it is attributed to (absent for "Attribution-no-source").
/// </summary>
public sealed record BratAttribution(string Id, BratSpan Content, BratSpan? Cue, BratSpan? Source);
