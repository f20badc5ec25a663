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
            if (!MayOpenWithLabel(doc.Text, span))
            {
                continue;
            }

            var text = span.Of(doc.Text);
            if (Question().Match(text) is { Success: true } q)
            {
                candidates[p] = new TranscriptTurn(p, "Q", span.Start + q.Length, IsQuestion: true);
                continue;
            }

            if (Label().Match(text) is { Success: true } m && IsSpeakerLabel(m.Groups["label"].Value) && !IsUpperHeading(m.Groups["label"].Value, doc.Text))
            {
                var label = m.Groups["label"].Value.Trim();
                candidates[p] = new TranscriptTurn(p, label, span.Start + m.Length, IsQuestion: QuestionLabel().IsMatch(label));
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        // Title-case labels count only when they recur (perhaps with a longer title the first time) or carry a role,
        // so fact-sheet headings are not taken for speakers.
        var upper = counts.Keys.Count(IsUpperLabel);
        var tails = counts.GroupBy(kv => Tail(kv.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        var kept = candidates
            .Where(kv => kv.Value.IsQuestion || IsUpperLabel(kv.Value.Label) || upper > 0 || tails[Tail(kv.Value.Label)] >= 2 ||
                         kv.Value.Label.Split(' ').Any(Vocabulary.IsRole))
            .ToDictionary(kv => kv.Key, kv => kv.Value);

        // In an interview the side that asks more questions is the journalist, not an official making statements.
        // (In a meeting the official asks questions too, so this applies to interviews only.)
        var groups = kept.Values.Where(t => !t.IsQuestion).GroupBy(t => Tail(t.Label)).ToList();
        var shares = groups.ToDictionary(g => g.Key, g => (double)g.Count(t => EndsWithQuestion(doc, t)) / g.Count());
        foreach (var group in Interview().IsMatch(doc.Header.Title) && groups.Count >= 2 ? groups : [])
        {
            var share = shares[group.Key];
            if (group.Count() >= 2 && share >= 0.5 && shares.Values.All(other => other == share || other < share / 2))
            {
                foreach (var turn in group)
                {
                    kept[turn.Paragraph] = turn with { IsQuestion = true };
                }
            }
        }

        return kept;
    }

    /// <summary>One labelled speaker and no questions: a speech written down with its speaker's label ("President of Russia Vladimir Putin: …").</summary>
    /// <remarks>
    /// Upper-case labels are left out: fact sheets use them for headings ("REPRIORITIZING CYBERSECURITY EFFORTS:").
    /// </remarks>
    public static bool IsLabelledSpeech(IReadOnlyDictionary<int, TranscriptTurn> turns) =>
        turns.Count > 0 && turns.Values.All(t => !t.IsQuestion && !IsUpperLabel(t.Label) && t.Label.Contains(' ', StringComparison.Ordinal)) &&
        turns.Values.Select(t => t.Label).Distinct().Count() == 1 && turns.Count <= 2;

    public static bool IsTranscript(IReadOnlyDictionary<int, TranscriptTurn> turns)
    {
        var speakers = turns.Values.Where(t => !t.IsQuestion).ToList();
        var questions = turns.Values.Count(t => t.IsQuestion);
        var distinct = speakers.Select(t => t.Label).Distinct().Count();
        return (speakers.Count >= 2 && (questions >= 1 || distinct >= 2)) || speakers.Count >= 4;
    }

    private static string Tail(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - 2)));
    }

    private static bool EndsWithQuestion(ParsedDocument doc, TranscriptTurn turn)
    {
        var end = doc.Paragraphs[turn.Paragraph].End;
        var text = doc.Text[turn.ContentStart..end].TrimEnd();
        return text.EndsWith('?') || (text.Length < 400 && text.Contains('?', StringComparison.Ordinal));
    }

    /// <summary>
    /// An upper-case label of several words, without an honorific or a role, whose last word the document also writes in lower case is a
    /// heading ("REPRIORITIZING CYBERSECURITY EFFORTS:"): a surname ("PSAKI") is never written in lower case in running text.
    /// </summary>
    private static bool IsUpperHeading(string label, string text)
    {
        if (!IsUpperLabel(label))
        {
            return false;
        }

        // One word is more often a role the lexicon lacks ("MODERATOR:", "OPERATOR:") than a heading.
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => Vocabulary.Honorifics.Contains(w) || Vocabulary.IsRole(w.ToLowerInvariant())))
        {
            return false;
        }

        // A heading opens with what is being done ("THWARTING CYBER CRIMES:", "DELIVERING SECURITY AND JUSTICE FOR AMERICANS:");
        // its last word may be a proper noun, so the lower-case test below cannot see it.
        var first = words[0].Trim('.', ',');
        if (first.Length >= 6 && first.EndsWith("ING", StringComparison.Ordinal))
        {
            return true;
        }

        var last = words[^1].Trim('.', ',').ToLowerInvariant();
        return last.Length >= 3 && OccursAsWord(text, last);
    }

    private static bool OccursAsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpperLabel(string label) => label.Any(char.IsLetter) && !label.Any(char.IsLower);

    /// <summary>
    /// "Editor’s Note:", "Author's note:", "UPDATE:": a note to the reader heads the paragraph, however much its first word
    /// reads as a role; taken for a speaker's label it made a news article one person's statement.
    /// </summary>
    private static readonly HashSet<string> NoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "update", "updated", "correction", "clarification", "disclosure",
    };

    private static bool IsSpeakerLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 20 || NoteWords.Contains(words[^1]))
        {
            return false;
        }

        if (IsUpperLabel(label))
        {
            return words.Length <= 5 && !label.Contains(',', StringComparison.Ordinal);
        }

        // Title-case: capitalised words with a few lower-case joiners inside a title, ending in two name-like words.
        return (words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || w is "of" or "de" or "van" or "von" or "bin" or "and" or "for" or "the") &&
                char.IsUpper(words[^1][0]) && char.IsUpper(words[^2][0]) && (words.Length <= 7 || words.Any(Vocabulary.IsRole)))
               || QuestionLabel().IsMatch(label) || CamelName().IsMatch(label);
    }

    /// <summary>
    /// Whether a paragraph could start with "Q" or a capitalised label and its colon, so that most paragraphs of prose are
    /// not copied out for the two patterns.
    /// </summary>
    private static bool MayOpenWithLabel(string text, TextSpan span) =>
        span.Length > 0 && (text[span.Start] == 'Q' ||
                            (text[span.Start] is >= 'A' and <= 'Z' && text.AsSpan(span.Start, Math.Min(span.Length, MaxLabelReach)).Contains(':')));

    // The label pattern's longest label and the spaces before its colon.
    private const int MaxLabelReach = 400;

    [GeneratedRegex(@"\binterview", RegexOptions.IgnoreCase)]
    private static partial Regex Interview();

    // "QWhat would have happened?": some archives lose the separator after the Q; a capital and a lower-case letter
    // after it begin the question, which no word spelled with a capital Q does ("Qatar", "QE2").
    [GeneratedRegex(@"^Q(?:[:.]\s*|\s+|(?=[A-Z][a-z’']))(?=\S)")]
    private static partial Regex Question();

    [GeneratedRegex(@"^(?<label>[A-Z][\w.’'#&, -]{0,160}?)\s*:\s+(?=\S)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(Question|Remark|Reporter|Journalist|Audience member|Q)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z][a-z]+$")]
    private static partial Regex CamelName();
}
