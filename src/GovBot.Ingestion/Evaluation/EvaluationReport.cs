using System.Globalization;
using System.Text;

namespace GovBot.Ingestion.Evaluation;

/// <summary>Counts for one coverage threshold, overall and by quote kind, plus speaker and profile accuracy.</summary>
public sealed class EvaluationReport
{
    public double Threshold { get; init; }
    public int Documents { get; set; }
    public Counts All { get; } = new();
    public Counts Direct { get; } = new();
    public Counts Indirect { get; } = new();

    /// <summary>Quote counts per gold document kind (news, transcript, statement), so easy kinds cannot hide hard ones.</summary>
    public SortedDictionary<string, Counts> ByDocumentKind { get; } = new(StringComparer.Ordinal);
    public int Matched { get; set; }
    public int SpeakerCorrect { get; set; }
    public int Profiles { get; set; }
    public int TitleCorrect { get; set; }
    public int OrganizationCorrect { get; set; }
    public int CountryCorrect { get; set; }
    public int KindCorrect { get; set; }
    public List<string> Misses { get; } = [];

    public double SpeakerAccuracy => Ratio(SpeakerCorrect, Matched);
    public double TitleAccuracy => Ratio(TitleCorrect, Profiles);
    public double OrganizationAccuracy => Ratio(OrganizationCorrect, Profiles);
    public double CountryAccuracy => Ratio(CountryCorrect, Profiles);
    public double KindAccuracy => Ratio(KindCorrect, Documents);

    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Format(inv, "Quotes matched at {0:0}% gold coverage, {1} documents", Threshold * 100, Documents));
        sb.AppendLine(string.Format(inv, "  all       {0}", All));
        sb.AppendLine(string.Format(inv, "  direct    {0}", Direct));
        sb.AppendLine(string.Format(inv, "  indirect  {0}", Indirect));
        foreach (var (kind, counts) in ByDocumentKind)
        {
            sb.AppendLine(string.Format(inv, "  {0,-9} {1}", kind, counts));
        }

        sb.AppendLine(string.Format(inv, "  speaker accuracy on matched quotes: {0:0.000} ({1}/{2})", SpeakerAccuracy, SpeakerCorrect, Matched));
        sb.AppendLine(string.Format(inv, "  speaker profiles ({0}): title {1:0.000}, organisation {2:0.000}, country {3:0.000}", Profiles, TitleAccuracy, OrganizationAccuracy, CountryAccuracy));
        sb.AppendLine(string.Format(inv, "  document kind accuracy: {0:0.000}", KindAccuracy));
        return sb.ToString();
    }

    internal static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    public sealed class Counts
    {
        public int TruePositives { get; set; }
        public int Predicted { get; set; }
        public int Gold { get; set; }
        public int MatchedPredicted { get; set; }

        public double Precision => Ratio(MatchedPredicted, Predicted);
        public double Recall => Ratio(TruePositives, Gold);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "P {0:0.000}  R {1:0.000}  F1 {2:0.000}  (gold {3}, predicted {4}, matched {5})", Precision, Recall, F1, Gold, Predicted, TruePositives);
    }
}
