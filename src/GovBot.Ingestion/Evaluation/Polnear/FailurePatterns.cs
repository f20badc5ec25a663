using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// Names the kind of a failure from its shape — quotation style, cue, where the source stands, how it is written — so
/// that <c>--verbose</c> shows classes of failure to fix by rule rather than single sentences.
/// </summary>
public static partial class FailurePatterns
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "who", "which", "that",
    };

    public static string Miss(string text, BratAttribution attribution, IReadOnlyList<ExtractedQuote> predicted)
    {
        var content = attribution.Content;
        var parts = new List<string> { Form(content.Text), "cue " + (SpeechCue.VerbOf(attribution.Cue?.Text) ?? "?") + Setting(attribution.Cue?.Text) };
        parts.Add("source " + SourceKind(attribution.Source?.Text));
        if (attribution.Source is { } source)
        {
            var between = source.Start < content.Start ? text[Math.Min(source.End, content.Start)..content.Start] : text[Math.Min(content.End, source.Start)..source.Start];
            parts.Add((source.Start < content.Start ? "before" : "after") + (between.Contains('\n', StringComparison.Ordinal) ? " in another paragraph" : ""));
        }

        var line = LineBefore(text, content.Start);
        if (Label().IsMatch(line))
        {
            parts.Add("after a speaker label");
        }

        if (content.Text.Contains("''", StringComparison.Ordinal))
        {
            parts.Add("two-apostrophe quotes");
        }

        var best = predicted.Select(p => (double)content.Overlap(p.Start, p.End) / Math.Max(1, content.Length)).DefaultIfEmpty(0).Max();
        parts.Add(best > 0 ? "a prediction covers too little" : "nothing predicted");
        return string.Join(" · ", parts);
    }

    public static string WrongSpeaker(string source, string? predicted)
    {
        var got = predicted is null ? "no speaker" : char.IsLower(predicted[0]) ? "a description" : "another name";
        var shapes = new List<string>();
        if (Honorific().IsMatch(source))
        {
            shapes.Add("honorific " + Honorific().Match(source).Value.Trim());
        }

        if (source.Contains("(D-", StringComparison.Ordinal) || source.Contains("(R-", StringComparison.Ordinal))
        {
            shapes.Add("party tag");
        }

        if (MiddleInitial().IsMatch(source))
        {
            shapes.Add("initial");
        }

        if (source.Contains('\'', StringComparison.Ordinal) || source.Contains('’', StringComparison.Ordinal))
        {
            shapes.Add("possessive");
        }

        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            shapes.Add("one word");
        }
        else if (words.Length > 4)
        {
            shapes.Add("long description");
        }
        else if (char.IsLower(words[0][0]))
        {
            shapes.Add("lower-case start");
        }

        return $"{got} · gold {(shapes.Count == 0 ? "plain name" : string.Join(", ", shapes))}";
    }

    public static string Extra(ExtractedQuote quote, IReadOnlyList<BratAttribution> attributions)
    {
        var overlaps = attributions.Any(a => a.Content.Overlap(quote.Start, quote.End) > 0);
        var cue = quote.Cue is null ? "no cue" : "cue " + (SpeechCue.VerbOf(quote.Cue) ?? "other");
        return $"{(quote.Kind == QuoteKind.Direct ? "direct" : "indirect")} · {cue} · {(overlaps ? "overlaps an unmatched gold content" : "no gold content")}";
    }

    private static string Form(string content)
    {
        var trimmed = content.Trim();
        var opens = trimmed.Length > 0 && (trimmed[0] is '“' or '"' or '‘' || trimmed.StartsWith("''", StringComparison.Ordinal));
        var marks = trimmed.Count(c => c is '“' or '”' or '"') + (trimmed.Length - trimmed.Replace("''", "", StringComparison.Ordinal).Length) / 2;
        return opens ? "direct" : marks > 0 ? "partial quote" : "reported";
    }

    private static string Setting(string? cue) =>
        cue is null ? "" : Regex.IsMatch(cue, @"\bstatement\b", RegexOptions.IgnoreCase) ? " (statement)"
            : Regex.IsMatch(cue, @"\b(?:twitter|tweet\w*|facebook|post\w*)\b", RegexOptions.IgnoreCase) ? " (social media)"
            : Regex.IsMatch(cue, @"\b(?:interview|reporters|told)\b", RegexOptions.IgnoreCase) ? " (to someone)"
            : "";

    private static string SourceKind(string? source)
    {
        if (source is null)
        {
            return "none";
        }

        var trimmed = source.Trim();
        if (Pronouns.Contains(trimmed))
        {
            return "pronoun";
        }

        return NamedSource.IsNamed(trimmed) ? "named" : "description";
    }

    private static string LineBefore(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return text[lineStart..start];
    }

    [GeneratedRegex(@"^\s*[A-Z][A-Z.' -]{1,40}:\s*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Del|Rev|Lt|Gen)\.\s")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\b[A-Z]\.\s*[A-Z]")]
    private static partial Regex MiddleInitial();
}
