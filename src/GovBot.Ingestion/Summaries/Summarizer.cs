using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Summaries;

/// <summary>
/// Extractive summaries that never cut a sentence. News: the lede plus the sentence that names who spoke.
/// Transcripts and speeches: the sentences that say most about the main topic, skipping opening courtesies.
/// </summary>
public static partial class Summarizer
{
    private const int MaxSentences = 3;
    private const int MaxChars = 700;
    private const int MaxLeadWords = 50;

    public static string Summarize(ParsedDocument doc, ArticleKind kind, IReadOnlyList<ExtractedQuote> quotes, IReadOnlyList<ExtractedSpeaker> speakers)
    {
        var sentences = doc.Paragraphs.SelectMany(p => SentenceSplitter.Split(doc.Text, p))
            .Select(s => s.Of(doc.Text).Trim())
            .Where(s => s.Length >= 30 && SpaceSeparatedWords.Count(s) >= 6)
            .ToList();
        if (sentences.Count == 0)
        {
            return doc.Paragraphs.Count > 0 ? Shorten(doc.ParagraphText(0)) : "";
        }

        return kind == ArticleKind.News ? NewsSummary(sentences, speakers) : TopicSummary(doc, sentences, quotes);
    }

    private static string NewsSummary(List<string> sentences, IReadOnlyList<ExtractedSpeaker> speakers)
    {
        var chosen = new List<int> { 0 };
        var main = speakers.FirstOrDefault();
        if (main is not null && !sentences[0].Contains(main.Name, StringComparison.Ordinal))
        {
            var naming = sentences.FindIndex(s => s.Contains(main.Name, StringComparison.Ordinal));
            if (naming > 0 && naming < 8)
            {
                chosen.Add(naming);
            }
        }

        for (var i = 1; chosen.Count < MaxSentences - 1 && i < Math.Min(sentences.Count, 4); i++)
        {
            if (!chosen.Contains(i))
            {
                chosen.Add(i);
            }
        }

        return Join(sentences, chosen);
    }

    private static string TopicSummary(ParsedDocument doc, List<string> sentences, IReadOnlyList<ExtractedQuote> quotes)
    {
        var noneAttributed = quotes.All(q => q.Speaker is null);
        var spoken = quotes.Count > 0
            ? quotes.Where(q => q.Speaker is not null || noneAttributed)
                .SelectMany(q => SentenceSplitter.Split(doc.Text, new TextSpan(q.Start, q.End)).Select(s => s.Of(doc.Text).Trim()))
                .Where(s => s.Length >= 30 && SpaceSeparatedWords.Count(s) >= 6)
                .ToList()
            : sentences;
        if (spoken.Count == 0)
        {
            spoken = sentences;
        }

        var scored = spoken
            .Select((s, i) => (Index: i, Score: TopicScore(s) - (Courtesy().IsMatch(s) ? 5 : 0) - (i * 0.002)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(MaxSentences)
            .Select(x => x.Index)
            .ToList();
        if (scored.Count == 0)
        {
            scored = Enumerable.Range(0, Math.Min(2, spoken.Count)).ToList();
        }

        // A page in its publisher's own voice (a fact sheet, a release) says what it announces first, as news does; the
        // sentences densest in topic words are its bullets, which read as a list torn from its heading.
        // A lead that lists fifty signatories says who, not what: then the densest sentences stand alone.
        if (noneAttributed && !scored.Contains(0) && SpaceSeparatedWords.Count(spoken[0]) <= MaxLeadWords)
        {
            scored = [0, .. scored.Take(MaxSentences - 1)];
        }

        return Join(spoken, scored);
    }

    private static double TopicScore(string sentence)
    {
        var topics = TopicExtractor.DistinctKnownIn(sentence);
        var cyber = CyberWord().Count(sentence);
        var length = SpaceSeparatedWords.Count(sentence);
        var lengthFactor = length is >= 10 and <= 45 ? 1.0 : 0.6;
        return ((topics * 2) + cyber) * lengthFactor;
    }

    private static string Join(List<string> sentences, List<int> indexes)
    {
        var parts = new List<string>();
        var total = 0;
        foreach (var i in indexes.Distinct().Order())
        {
            var s = Readable(sentences[i]);
            if (total > 0 && total + s.Length > MaxChars)
            {
                break;
            }

            parts.Add(s);
            total += s.Length + 1;
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A sentence as prose: without the list marker or upper-case heading it opens with ("- In May 2025, …", "THWARTING
    /// CYBER CRIMES: Today, …") and without a converted page's link notes, which strung together read as noise.
    /// </summary>
    private static string Readable(string sentence) => GovBot.Core.Text.StatementText.Clean(LinkNote().Replace(sentence, ""));

    [GeneratedRegex(@"\s*\[LINK:[^\]]*\]")]
    private static partial Regex LinkNote();

    private static string Shorten(string text) => text.Length <= MaxChars ? text : text[..text.LastIndexOf(' ', MaxChars)] + " …";

    [GeneratedRegex(@"\b(cyber\w*|internet|ransomware|hack\w*|digital|information security|ICT|online|data)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CyberWord();

    [GeneratedRegex(@"^(Thank|Thanks|I (would like to|want to) (thank|congratulate|welcome)|Let me (begin|start) by|It is (a|an) (honour|honor|pleasure)|Good (morning|afternoon|evening)|Mr\. President|Madam President|I congratulate|Allow me)", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();
}
