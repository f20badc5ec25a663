namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>A text-bound BRAT annotation: one or more character fragments (discontinuous spans have several).</summary>
public sealed record BratSpan(string Id, string Type, IReadOnlyList<(int Start, int End)> Fragments, string Text)
{
    public int Start => Fragments[0].Start;

    public int End => Fragments[^1].End;

    public int Length => Fragments.Sum(f => f.End - f.Start);

    /// <summary>Characters of [start, end) that fall inside this span's fragments.</summary>
    public int Overlap(int start, int end) =>
        Fragments.Sum(f => Math.Max(0, Math.Min(end, f.End) - Math.Max(start, f.Start)));
}
