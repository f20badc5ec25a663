using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>A question whose asker the sentence names after "asked by"; the rules are in Patterns/AskedQuestion.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// The question in "Asked by host Dana Pruitt whether …, Ortiz said …", as the named asker's statement, when it overlaps
    /// none of <paramref name="found"/>. The asker does not become the last speaker: the answer's speaker carries on.
    /// </summary>
    private ExtractedQuote? NamedAskerQuestion(TextSpan sentence, int p, List<ExtractedQuote> found)
    {
        var toks = tokens[p];
        var first = TokenIndex.AtOrAfter(toks, sentence.Start);
        var last = TokenIndex.LastEndingBy(toks, sentence.End);
        if (first < 0 || last < first || last - first > MaxSentenceTokens || AskedQuestion.NamedAsker(toks, first, last) is not var (askerFrom, askerTo, from, to))
        {
            return null;
        }

        var start = toks[from].Start;
        var end = toks[to].End;
        if (to - from + 1 < MinIndirectWords || found.Any(f => f.Start < end && start < f.End) ||
            MentionParser.After(doc.Text, toks, askerFrom, askerTo + 1) is not { Kind: MentionKind.Name } asker ||
            attributor.Resolve(asker, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)).Speaker is not { } speaker)
        {
            return null;
        }

        return new ExtractedQuote(doc.Text[start..end], speaker, QuoteKind.Indirect, start, end, "asked");
    }
}
