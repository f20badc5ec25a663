using System.Text.RegularExpressions;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Finds speaker labels at the start of paragraphs: "MS. PSAKI:", "THE PRESIDENT:", "Vladimir Putin:",
/// "SENIOR ADMINISTRATION OFFICIAL:", and journalists' "Q" turns.
/// </summary>
internal static partial class TranscriptLabels
{
    public static Dictionary<int, TranscriptTurn> Find(ParsedDocument doc)
    {
        var candidates = new Dictionary<int, TranscriptTurn>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var span = doc.Paragraphs[p];
            var text = span.Of(doc.Text);
            if (Question().Match(text) is { Success: true } q)
            {
                candidates[p] = new TranscriptTurn(p, "Q", span.Start + q.Length, IsQuestion: true);
                continue;
            }

            if (Label().Match(text) is { Success: true } m && IsSpeakerLabel(m.Groups["label"].Value))
            {
                var label = m.Groups["label"].Value.Trim();
                candidates[p] = new TranscriptTurn(p, label, span.Start + m.Length, IsQuestion: QuestionLabel().IsMatch(label));
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        // Title-case labels count only when they recur or stand beside capitalised labels, so fact-sheet headings are not speakers.
        var upper = counts.Keys.Count(IsUpperLabel);
        return candidates
            .Where(kv => kv.Value.IsQuestion || IsUpperLabel(kv.Value.Label) || counts[kv.Value.Label] >= 2 || upper > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    public static bool IsTranscript(IReadOnlyDictionary<int, TranscriptTurn> turns)
    {
        var speakers = turns.Values.Where(t => !t.IsQuestion).ToList();
        var questions = turns.Values.Count(t => t.IsQuestion);
        var distinct = speakers.Select(t => t.Label).Distinct().Count();
        return (speakers.Count >= 2 && (questions >= 1 || distinct >= 2)) || speakers.Count >= 4;
    }

    private static bool IsUpperLabel(string label) => label.Any(char.IsLetter) && !label.Any(char.IsLower);

    private static bool IsSpeakerLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 7)
        {
            return false;
        }

        if (IsUpperLabel(label))
        {
            return words.Length <= 5;
        }

        // Title-case: every word capitalised except "of"; a name-like last word.
        return words.All(w => char.IsUpper(w[0]) || w is "of" or "de" or "van" or "von" or "bin") &&
               words.Length >= 2 || QuestionLabel().IsMatch(label) || CamelName().IsMatch(label);
    }

    [GeneratedRegex(@"^Q(?:[:.]\s*|\s+)(?=\S)")]
    private static partial Regex Question();

    [GeneratedRegex(@"^(?<label>[A-Z][\w.’'#& -]{0,60}?)\s*:\s+(?=\S)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(Question|Remark|Reporter|Journalist|Audience member|Q)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z][a-z]+$")]
    private static partial Regex CamelName();
}
