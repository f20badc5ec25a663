using System.Globalization;
using System.Text;

namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>PolNeAR figures for one coverage threshold, plus the failures grouped by pattern for <c>--verbose</c>.</summary>
public sealed class PolnearReport
{
    public double Threshold { get; init; }
    public int Documents { get; set; }
    public int Gold { get; set; }
    public int Matched { get; set; }
    public int Predicted { get; set; }
    public int IgnoredInDiscard { get; set; }
    public int InsideMatchedContent { get; set; }
    public int SpeechGold { get; set; }
    public int SpeechMatched { get; set; }
    public int NamedMatched { get; set; }
    public int SpeakerCorrect { get; set; }

    /// <summary>How many examples each failure class keeps.</summary>
    public int ExamplesPerClass { get; init; } = 3;

    /// <summary>Failure class → count and a few examples (document, text), for looking at kinds of failure rather than sentences.</summary>
    public SortedDictionary<string, FailureClass> Failures { get; } = new(StringComparer.Ordinal);

    public double Precision => Ratio(Matched, Predicted);
    public double Recall => Ratio(Matched, Gold);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double LenientPrecision => Ratio(Matched + InsideMatchedContent, Predicted);
    public double SpeechRecall => Ratio(SpeechMatched, SpeechGold);
    public double SpeakerAccuracy => Ratio(SpeakerCorrect, NamedMatched);

    public void Fail(string pattern, string example)
    {
        if (!Failures.TryGetValue(pattern, out var failure))
        {
            Failures[pattern] = failure = new FailureClass();
        }

        failure.Count++;
        if (failure.Examples.Count < ExamplesPerClass)
        {
            failure.Examples.Add(example);
        }
    }

    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Format(inv, "PolNeAR attributions matched at {0:0}% gold coverage, {1} documents", Threshold * 100, Documents));
        sb.AppendLine(string.Format(inv, "  all attributions   P {0:0.000}  R {1:0.000}  F1 {2:0.000}  (gold {3}, predicted {4}, matched {5}; {6} predictions in discarded text ignored)",
            Precision, Recall, F1, Gold, Predicted, Matched, IgnoredInDiscard));
        sb.AppendLine(string.Format(inv, "  speech-cue recall  {0:0.000} ({1}/{2})", SpeechRecall, SpeechMatched, SpeechGold));
        sb.AppendLine(string.Format(inv, "  lenient precision  {0:0.000} ({1} more predictions lie inside a matched content)", LenientPrecision, InsideMatchedContent));
        sb.AppendLine(string.Format(inv, "  speaker accuracy   {0:0.000} ({1}/{2} matched attributions with a named source)", SpeakerAccuracy, SpeakerCorrect, NamedMatched));
        return sb.ToString();
    }

    /// <summary>The failure classes, largest first, each with its examples.</summary>
    public string FailuresText()
    {
        var sb = new StringBuilder();
        foreach (var (pattern, failure) in Failures.OrderByDescending(f => f.Value.Count).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,5}  {1}", failure.Count, pattern));
            foreach (var example in failure.Examples)
            {
                sb.AppendLine("         " + example);
            }
        }

        return sb.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    public sealed class FailureClass
    {
        public int Count { get; set; }
        public List<string> Examples { get; } = [];
    }
}
