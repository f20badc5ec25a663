using GovBot.Core.Analysis;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The very last pass over a sentence every pattern left empty: a speech verb whose subject is plainly a person or a
/// described group of people.
/// </summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// "The council thanked the crews after Ilse Vorn told the harbour meeting that the ferry would stay", "Vorn was quick to
    /// add the dock needs work": the clause after a speech verb (or before a closing "…, Vorn says.") when the word right before
    /// the verb is a person the article names, or "he", "she", "I" or "we"; or after a subject that describes people
    /// ("Other former pilots with no knowledge of the case said …"). The patterns that understand the sentence's shape
    /// come first; this pass only asks whether people plainly spoke, so it refuses anything less certain: bodies (their
    /// words are their officials'), refusals, nouns that look like verbs and reports inside other reports.
    /// </summary>
    private ExtractedQuote? BareCueStatement(TextSpan sentence, int p)
    {
        var toks = tokens[p];
        if (SentenceTokens(sentence, p, 3) is not var (first, last))
        {
            return null;
        }

        for (var v = first + 1; v <= last; v++)
        {
            var verb = toks[v];
            if (!SubjectPhrase.IsSpeechVerb(verb.Text) || verb.IsCapitalized || AskedQuestion.IsPassive(toks, first, v))
            {
                continue;
            }

            var content = ReportedClause.ContentAfterVerb(toks, v, last);
            if (content > 0 && content <= last && !SubjectPremodifiers.LacksOwnSubject(toks[content]))
            {
                var start = ClauseBoundary.SubjectStart(toks, first, v - 1);
                var plain = BareCue.PlainSpeaker(toks, start, v);
                var speaker = plain ? PersonBefore(toks, start, v) : null;
                var described = plain && speaker is null ? BareCue.DescribedPeople(toks, start, v) : null;
                if (speaker is not null || described is not null)
                {
                    var cue = new Cue(v, content, v - 1, verb.Lower, speaker, null, false)
                    {
                        AsWritten = described is var (from, to) ? SubjectPhrase.Text(doc.Text, toks, from, to) : null,
                    };
                    return Indirect(cue, toks, content, ReportedTail.End(toks, content, last, verb.Text), sentence, p);
                }

                continue;
            }

            // "…, Vorn says.": the words before the comma that opens the closing cue.
            if (BareCue.ClosingComma(toks, first, v, last) is var comma and >= 0 && BareCue.PlainSpeaker(toks, comma + 1, v) &&
                PersonBefore(toks, comma + 1, v) is { } closing)
            {
                var cue = new Cue(v, first, comma, verb.Lower, closing, null, true);
                return Indirect(cue, toks, first, comma - 1, sentence, p);
            }
        }

        return null;
    }

    /// <summary>
    /// The person named (or "he", "she", "I", "we") right before the verb, when the article knows them as a person or the
    /// name reads as one and no body word describes it ("mobile carrier Hoshi Mobile says" is a company).
    /// </summary>
    private Mention? PersonBefore(List<Token> toks, int start, int verb)
    {
        var end = BareCue.SubjectEnd(toks, start, verb - 1);
        if (end < start || MentionParser.Before(doc.Text, toks, end + 1, start) is not { } mention)
        {
            return null;
        }

        if (mention.Kind == MentionKind.Pronoun)
        {
            return mention.Text.ToLowerInvariant() is "he" or "she" or "i" or "we" ? mention : null;
        }

        // "One of the former inspectors for Dana Ortiz said": a name after a preposition belongs to the phrase before it.
        // "At the party convention Sen. Dana Ortiz said": a title or honorific opens the subject, so the body words before it
        // are the occasion's; a bare name ("mobile carrier Hoshi Mobile says") is judged with the words before it.
        var subjectStart = mention.Title is not null && TokenIndex.AtOrAfter(toks, mention.PhraseStart) is var titled and > 0 && titled > start && titled <= end ? titled : start;
        return mention.Kind == MentionKind.Name && mention.End == toks[end].End && !SubjectPhrase.IsPrepositionObject(toks, start, TokenIndex.AtOrAfter(toks, mention.PhraseStart)) &&
               (registry.Find(mention.Text, mention.Start) is not null || BareCue.ReadsAsPersonName(mention.Text)) && !PlainSubject.NamesABody(toks, subjectStart, end)
            ? mention
            : null;
    }
}
