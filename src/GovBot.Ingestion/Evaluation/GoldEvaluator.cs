using System.Text.Json;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Text;
using GovBot.Ingestion.Import;

namespace GovBot.Ingestion.Evaluation;

/// <summary>
/// Scores extraction against gold files the way the GenderGapTracker evaluation does: a predicted quote matches a
/// gold quote when it covers at least the threshold share of the gold content's characters, one to one; speaker
/// accuracy is measured on matched quotes, and title, organisation and country on the gold speakers.
/// </summary>
public sealed class GoldEvaluator(IArticleAnalyzer analyzer)
{
    public IReadOnlyList<EvaluationReport> Evaluate(string goldDirectory, IReadOnlyList<double> thresholds)
    {
        var reports = thresholds.Select(t => new EvaluationReport { Threshold = t }).ToList();
        var files = Directory.EnumerateFiles(goldDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No gold files (*.json) under {goldDirectory}.");
        }

        foreach (var file in files)
        {
            var gold = JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(file))
                       ?? throw new InvalidDataException($"{file} is not a gold document.");
            var documentPath = ResolveDocument(file, gold.Document);
            var bytes = File.ReadAllBytes(documentPath);
            var text = DocumentFiles.Decode(bytes);
            var analysis = analyzer.Analyze(text, documentPath);
            foreach (var report in reports)
            {
                Score(report, Path.GetFileName(file), text, gold, analysis);
            }
        }

        return reports;
    }

    private static void Score(EvaluationReport report, string name, string text, GoldDocument gold, ArticleAnalysis analysis)
    {
        report.Documents++;
        if (string.Equals(gold.Kind, analysis.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            report.KindCorrect++;
        }

        var golds = gold.Quotes.Select(q => (Quote: q, Span: Locate(text, q))).ToList();
        var predicted = analysis.Quotes.ToList();
        if (gold.Partial)
        {
            predicted = predicted.Where(p => golds.Any(g => Overlap(p.Start, p.End, g.Span.Start, g.Span.End) > 0)).ToList();
        }

        var used = new bool[predicted.Count];
        if (!report.ByDocumentKind.TryGetValue(gold.Kind, out var byDocument))
        {
            byDocument = new EvaluationReport.Counts();
            report.ByDocumentKind[gold.Kind] = byDocument;
        }

        foreach (var (quote, span) in golds)
        {
            var kind = quote.Kind == "indirect" ? report.Indirect : report.Direct;
            report.All.Gold++;
            kind.Gold++;
            byDocument.Gold++;
            var best = -1;
            var bestCoverage = 0.0;
            for (var i = 0; i < predicted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var coverage = (double)Overlap(predicted[i].Start, predicted[i].End, span.Start, span.End) / Math.Max(1, span.End - span.Start);
                if (coverage >= report.Threshold && coverage > bestCoverage)
                {
                    best = i;
                    bestCoverage = coverage;
                }
            }

            if (best < 0)
            {
                report.Misses.Add($"{name}: missed {quote.Kind} “{Short(quote.Text)}”");
                continue;
            }

            used[best] = true;
            report.All.TruePositives++;
            kind.TruePositives++;
            byDocument.TruePositives++;
            report.Matched++;
            if (SameSpeaker(quote.Speaker, predicted[best].Speaker))
            {
                report.SpeakerCorrect++;
            }
            else
            {
                report.Misses.Add($"{name}: speaker “{predicted[best].Speaker}” for “{Short(quote.Text)}”, gold “{quote.Speaker}”");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            var kind = predicted[i].Kind == QuoteKind.Indirect ? report.Indirect : report.Direct;
            report.All.Predicted++;
            kind.Predicted++;
            byDocument.Predicted++;
            if (used[i])
            {
                report.All.MatchedPredicted++;
                kind.MatchedPredicted++;
                byDocument.MatchedPredicted++;
            }
            else
            {
                report.Misses.Add($"{name}: extra {predicted[i].Kind.ToString().ToLowerInvariant()} “{Short(predicted[i].Text)}” ({predicted[i].Speaker})");
            }
        }

        foreach (var speaker in gold.Speakers.Where(s => s.Name.Length > 0 && char.IsUpper(s.Name[0])))
        {
            report.Profiles++;
            var found = analysis.Speakers.FirstOrDefault(s => NameKey.For(s.Name) == NameKey.For(speaker.Name));
            var title = SameField(speaker.Title, found?.Title);
            var org = SameField(speaker.Organization, found?.Organization);
            var country = SameField(speaker.Country, found?.Country);
            report.TitleCorrect += title ? 1 : 0;
            report.OrganizationCorrect += org ? 1 : 0;
            report.CountryCorrect += country ? 1 : 0;
            if (!(title && org && country))
            {
                report.Misses.Add($"{name}: profile {speaker.Name}: got ({found?.Title} | {found?.Organization} | {found?.Country}), gold ({speaker.Title} | {speaker.Organization} | {speaker.Country})");
            }
        }
    }

    private static bool SameSpeaker(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var g = NameKey.For(gold);
        var p = NameKey.For(predicted);
        if (g == p)
        {
            return true;
        }

        // An unnamed source is right when the description names the same kind of person.
        return char.IsLower(gold[0]) && char.IsLower(predicted[0]) && (g.EndsWith(p, StringComparison.Ordinal) || p.EndsWith(g, StringComparison.Ordinal));
    }

    private static bool SameField(string? gold, string? predicted) => Normalize(gold) == Normalize(predicted);

    private static string Normalize(string? value)
    {
        var key = NameKey.For(value ?? "");
        return key.StartsWith("the-", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static (int Start, int End) Locate(string text, GoldQuote quote)
    {
        var index = -1;
        for (var n = 0; n < Math.Max(1, quote.Occurrence); n++)
        {
            index = text.IndexOf(quote.Text, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new InvalidDataException($"Gold quote not found in its document: “{Short(quote.Text)}”.");
            }
        }

        return (index, index + quote.Text.Length);
    }

    private static int Overlap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));

    private static string ResolveDocument(string goldFile, string document)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(goldFile))!;
        if (!document.Contains('/', StringComparison.Ordinal))
        {
            return Path.Combine(folder, document);
        }

        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, document);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        if (File.Exists(document))
        {
            return Path.GetFullPath(document);
        }

        throw new FileNotFoundException($"Gold file {goldFile} names {document}, which was not found above it.");
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
