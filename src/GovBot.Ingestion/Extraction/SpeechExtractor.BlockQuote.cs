using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>A block quotation: a paragraph of unquoted words introduced by "Vorn wrote:" at the end of the paragraph before.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// The next paragraph as the statement of the person named before the colon that closes <paramref name="sentence"/>,
    /// when that paragraph opens with no quotation mark (quotations in marks have their own rules) and the cue's subject is
    /// a person the article names, or he or she.
    /// </summary>
    private ExtractedQuote? BlockQuoteStatement(TextSpan sentence, int p, IReadOnlySet<int>? skipParagraphs)
    {
        if (p + 1 >= doc.Paragraphs.Count || skipParagraphs?.Contains(p + 1) == true)
        {
            return null;
        }

        var toks = tokens[p];
        if (SentenceTokens(sentence, p, 0) is not var (first, last) || last != toks.Count - 1 || BlockQuoteCue.VerbBeforeClosingColon(toks, first, last) is not (>= 0 and var v))
        {
            return null;
        }

        var block = doc.Paragraphs[p + 1];
        if (tokens[p + 1].Count < MinIndirectWords || tokens[p + 1][0] is var opening && (opening.IsQuoteMark || opening.IsPunct('\'') || opening.IsPunct('‘')))
        {
            return null;
        }

        // "In the note with the video, Vorn wrote:": the subject starts past an opening phrase and its comma.
        var start = MentionSubject.AfterOpeningAdverbial(toks, first, v) is var afterOpening and >= 0 ? afterOpening : ClauseBoundary.SubjectStart(toks, first, v - 1);
        if (!BareCue.PlainSpeaker(toks, start, v, colonIntroduces: true) || PersonBefore(toks, start, v) is not { } mention ||
            attributor.Resolve(mention, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)) is not ({ } speaker, var person))
        {
            return null;
        }

        state.Spoke(speaker, person ?? state.LastPerson, p + 1, block.End);
        return new ExtractedQuote(doc.Text[block.Start..block.End], speaker, QuoteKind.Indirect, block.Start, block.End, toks[v].Lower);
    }
}
