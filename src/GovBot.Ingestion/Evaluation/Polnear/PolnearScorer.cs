using GovBot.Core.Analysis;

namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>Scores one article's predicted statements against its gold attributions at one coverage threshold.</summary>
public static class PolnearScorer
{
    public static void Score(PolnearReport report, string name, string text, BratDocument gold, IReadOnlyList<ExtractedQuote> quotes)
    {
        report.Documents++;
        var predicted = new List<ExtractedQuote>();
        foreach (var quote in quotes)
        {
            if (gold.Discards.Any(d => d.Overlap(quote.Start, quote.End) * 2 > Math.Max(1, quote.End - quote.Start)))
            {
                report.IgnoredInDiscard++;
            }
            else
            {
                predicted.Add(quote);
            }
        }

        var attributions = gold.Attributions;
        var pairs = new List<(double Coverage, int Gold, int Predicted)>();
        for (var g = 0; g < attributions.Count; g++)
        {
            var content = attributions[g].Content;
            for (var p = 0; p < predicted.Count; p++)
            {
                var coverage = (double)content.Overlap(predicted[p].Start, predicted[p].End) / Math.Max(1, content.Length);
                if (coverage >= report.Threshold && coverage > 0)
                {
                    pairs.Add((coverage, g, p));
                }
            }
        }

        var goldMatch = Enumerable.Repeat(-1, attributions.Count).ToArray();
        var predictedMatch = Enumerable.Repeat(-1, predicted.Count).ToArray();
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Coverage).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (goldMatch[g] < 0 && predictedMatch[p] < 0)
            {
                goldMatch[g] = p;
                predictedMatch[p] = g;
            }
        }

        for (var g = 0; g < attributions.Count; g++)
        {
            var attribution = attributions[g];
            var speech = SpeechCue.IsSpeech(attribution.Cue?.Text);
            report.Gold++;
            report.SpeechGold += speech ? 1 : 0;
            if (goldMatch[g] < 0)
            {
                if (speech)
                {
                    report.Fail("missed: " + FailurePatterns.Miss(text, attribution, predicted), Example(name, attribution));
                }

                continue;
            }

            report.Matched++;
            report.SpeechMatched += speech ? 1 : 0;
            if (NamedSource.IsNamed(attribution.Source?.Text))
            {
                report.NamedMatched++;
                var speaker = predicted[goldMatch[g]].Speaker;
                if (NamedSource.SameSpeaker(attribution.Source!.Text, speaker))
                {
                    report.SpeakerCorrect++;
                }
                else
                {
                    report.Fail("wrong speaker: " + FailurePatterns.WrongSpeaker(attribution.Source.Text, speaker),
                        $"{name}: gold “{attribution.Source.Text}”, got “{speaker}” for {Short(attribution.Content.Text)}");
                }
            }
        }

        report.Predicted += predicted.Count;
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predictedMatch[p] >= 0)
            {
                continue;
            }

            var quote = predicted[p];
            var length = Math.Max(1, quote.End - quote.Start);
            // The second half of a split quote, or a sentence of a long matched content, is a real attribution.
            if (Enumerable.Range(0, attributions.Count).Any(g => goldMatch[g] >= 0 && attributions[g].Content.Overlap(quote.Start, quote.End) * 2 > length))
            {
                report.InsideMatchedContent++;
                continue;
            }

            report.Fail("extra: " + FailurePatterns.Extra(quote, attributions), $"{name}: {Short(quote.Text)} ({quote.Speaker})");
        }
    }

    private static string Example(string name, BratAttribution attribution) =>
        $"{name}: [{attribution.Source?.Text}] [{attribution.Cue?.Text}] {Short(attribution.Content.Text)}";

    internal static string Short(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 110 ? flat : flat[..107] + "...";
    }
}
