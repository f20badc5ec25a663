using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>"…, according to X." and "…, according to X, …" as a cue of the sentence they stand in.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>The cue of a trailing or medial "according to" in tokens first..last, or null when its source names no one and nothing.</summary>
    private Cue? AccordingToCue(TextSpan sentence, List<Token> toks, int first, int last)
    {
        if (AccordingTo.Trailing(toks, first, last) is var according and >= 0)
        {
            // "…, according to a campaign aide.", "…, according to federal filings.": the content is what came before.
            var sourceEnd = AccordingTo.SourceEnd(toks, according, last);
            var from = ClauseBoundary.MainClauseStart(toks, first, according);
            if (AccordingTo.Person(doc.Text, toks, according + 2, sourceEnd) is { } source)
            {
                return new Cue(according, from, according, "according to", source, null, true) { AsWritten = NamedSourceAsWritten(sentence, toks, according + 2, sourceEnd) };
            }

            return (AccordingTo.Document(doc.Text, toks, according + 2, sourceEnd) ?? AccordingTo.Record(doc.Text, toks, according + 2, sourceEnd) ?? AccordingToBody(sentence, toks, according + 2, sourceEnd) ?? AccordingTo.Written(doc.Text, toks, according + 2, sourceEnd)) is { } document
                ? new Cue(according, from, according, "according to", null, document, true)
                : null;
        }

        if (AccordingTo.Medial(toks, first, last) is var (medial, close) and (>= 0, _))
        {
            // "Over two winters, according to a shelter group, the city turned away …": the longer side is the content.
            var source = AccordingTo.Person(doc.Text, toks, medial + 2, close);
            var written = AccordingTo.Outlet(doc.Text, toks, medial + 2, close) ?? AccordingToBody(sentence, toks, medial + 2, close) ?? AccordingTo.Written(doc.Text, toks, medial + 2, close) ??
                          AccordingTo.Record(doc.Text, toks, medial + 2, close);
            if (source is not null || written is not null)
            {
                return medial - 1 - first > last - close && !AccordingTo.AfterClauseOpener(toks, first, medial)
                    ? new Cue(medial, first, medial, "according to", source, source is null ? written : null, true) { AsWritten = written }
                    : new Cue(medial, close + 1, medial, "according to", source, source is null ? written : null, false) { AsWritten = written };
            }
        }

        return null;
    }

    /// <summary>
    /// "According to X, …" and "But according to X, …" opening tokens first..last: the cue, or null. A record may be named at
    /// length ("early results of exit polls conducted for … by …").
    /// </summary>
    private Cue? OpeningAccordingToCue(TextSpan sentence, List<Token> toks, int first, int last)
    {
        var at = first + 1 <= last && toks[first].Lower is "but" or "and" or "yet" && toks[first + 1].Lower == "according" ? first + 1 : first;
        if (toks[at].Lower != "according" || at + 1 > last || toks[at + 1].Lower != "to")
        {
            return null;
        }

        var comma = toks.FindIndex(at + 2, t => t.IsPunct(','));
        if (comma <= 0 || comma >= last)
        {
            return null;
        }

        if (AccordingTo.Person(doc.Text, toks, at + 2, comma) is { } m)
        {
            return new Cue(at, comma + 1, at, "according to", m, null, false)
            {
                AsWritten = NamedSourceAsWritten(sentence, toks, at + 2, comma),
            };
        }

        var document = comma - at <= MaxOpeningSourceTokens
            ? AccordingTo.Document(doc.Text, toks, at + 2, comma) ?? AccordingToBody(sentence, toks, at + 2, comma) ?? AccordingTo.Written(doc.Text, toks, at + 2, comma)
            : null;
        document ??= comma - at <= MaxOpeningRecordTokens ? AccordingTo.Record(doc.Text, toks, at + 2, comma) : null;
        return document is null ? null : new Cue(at, comma + 1, at, "according to", null, document, false);
    }

    /// <summary>
    /// How a source that names a person reads when it is really an outlet, a body or a record ("according to Ortiz's
    /// campaign filings"): used only when the name resolves to no one.
    /// </summary>
    private string? NamedSourceAsWritten(TextSpan sentence, List<Token> toks, int from, int to) =>
        AccordingTo.Outlet(doc.Text, toks, from, to) ?? AccordingToBody(sentence, toks, from, to) ?? AccordingTo.Record(doc.Text, toks, from, to);

    private const int MaxOpeningSourceTokens = 16;
    private const int MaxOpeningRecordTokens = 26;
}
