using System.Globalization;

namespace GovBot.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
public sealed class LatencyStats
{
    private readonly List<double> samples = [];

    public void Add(double milliseconds) => samples.Add(milliseconds);

    public int Count => samples.Count;

    public double Percentile(double p)
    {
        if (samples.Count == 0)
        {
            return 0;
        }

        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "p50 {0:0.000} ms, p99 {1:0.000} ms, max {2:0.000} ms over {3} calls", Percentile(0.5), Percentile(0.99), Percentile(1), Count);
}
