using GovBot.Core.Analysis;
using GovBot.Ingestion.Import;

namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// Scores extraction on a PolNeAR checkout (BRAT standoff: <c>data/SPLIT/text/*.txt</c> beside
/// <c>data/SPLIT/attributions/*.ann</c>) with the GenderGapTracker protocol: a predicted statement matches a gold
/// content when it covers at least the threshold share of that content's characters, one to one, best coverage first.
/// Predictions inside discarded boilerplate are ignored.
/// </summary>
public sealed class PolnearEvaluator(IArticleAnalyzer analyzer)
{
    /// <summary>The splits that may be read without saying so: dev and test are the project's held-out measure.</summary>
    public const string DefaultSplit = "train";

    public static readonly IReadOnlySet<string> HeldOutSplits = new HashSet<string>(StringComparer.Ordinal) { "dev", "test" };

    /// <summary>The folder with the split's text and attributions, or an explanation of what is wrong with the path.</summary>
    public static (string? Folder, string? Problem) Locate(string checkout, string split)
    {
        if (!Directory.Exists(checkout))
        {
            return (null, $"there is no folder {checkout}; give the path of a PolNeAR checkout (the folder holding data/{split}).");
        }

        var folder = Path.Combine(checkout, "data", split);
        if (!Directory.Exists(Path.Combine(folder, "text")) || !Directory.Exists(Path.Combine(folder, "attributions")))
        {
            return (null, $"{checkout} is not a PolNeAR checkout: data/{split}/text and data/{split}/attributions are missing.");
        }

        return (folder, null);
    }

    public IReadOnlyList<PolnearReport> Evaluate(string splitFolder, IReadOnlyList<double> thresholds, CancellationToken cancellationToken = default, int examplesPerClass = 3)
    {
        var reports = thresholds.Select(t => new PolnearReport { Threshold = t, ExamplesPerClass = examplesPerClass }).ToList();
        var texts = Directory.EnumerateFiles(Path.Combine(splitFolder, "text"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0)
        {
            throw new FileNotFoundException($"No articles (*.txt) under {Path.Combine(splitFolder, "text")}.");
        }

        foreach (var textPath in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annPath = AnnotationFile(splitFolder, name);
            if (annPath is null)
            {
                continue;
            }

            var text = DocumentFiles.Decode(File.ReadAllBytes(textPath));
            var gold = BratReader.Read(File.ReadAllText(annPath), text);
            var analysis = analyzer.Analyze(text, textPath);
            foreach (var report in reports)
            {
                PolnearScorer.Score(report, name, text, gold, analysis.Quotes);
            }
        }

        return reports;
    }

    /// <summary>
    /// The article's annotation file: PolNeAR names it after the article and its annotator (<c>NAME_4e07.ann</c>); an
    /// article several annotators labelled to measure agreement has several, and the first by name is taken, so runs agree.
    /// </summary>
    private static string? AnnotationFile(string splitFolder, string name)
    {
        var folder = Path.Combine(splitFolder, "attributions");
        var plain = Path.Combine(folder, name + ".ann");
        return File.Exists(plain)
            ? plain
            : Directory.EnumerateFiles(folder, name + "_*.ann").Where(f => Path.GetFileNameWithoutExtension(f).LastIndexOf('_') == name.Length)
                .Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
