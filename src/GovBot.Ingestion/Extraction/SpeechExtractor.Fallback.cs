using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>The last pass over a sentence the patterns found nothing in: a plain subject before a speech verb.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// "A spokesman for the union defended the route, saying …": the described people that open the sentence before its
    /// first verb, as written, for a participle that shares their subject; null when a name or nothing describable opens it.
    /// </summary>
    private string? DescribedOpening(List<Token> toks, int first, int limit, string verb)
    {
        if (!SubjectPhrase.IsSpeechVerb(verb))
        {
            return null;
        }

        foreach (var k in Patterns.DescribedOpening.FiniteVerbs(toks, first, limit))
        {
            // "Many unnaturalized adoptees try …": a lone quantifier before a participle is the start of a longer subject, not all of it.
            if (DescribedSecondSubject(toks, first, k) is var (written, start) && start <= first + 1 && (written.Contains(' ') || !Patterns.DescribedOpening.IsCount(written)))
            {
                return written;
            }
        }

        return null;
    }

    /// <summary>
    /// "Trustees are drawing up plans, saying …": a capitalised group opening the sentence, which the name rules read as a name no
    /// person answers to, as written for the participle that shares its subject; null when the subject is no such group.
    /// </summary>
    private string? ParticipleGroup(List<Token> toks, int first, int limit, string verb, Mention subject) =>
        // The group is written where the name rules found their subject, not somewhere later in the opening words.
        TokenIndex.AtOrAfter(toks, subject.PhraseStart) <= first + 1 && GroupOpening(toks, first, limit, verb) is { } group &&
        group.StartsWith(subject.Text, StringComparison.Ordinal) && string.CompareOrdinal(doc.Text, subject.PhraseStart, group, 0, group.Length) == 0 ? group : null;

    /// <summary>
    /// "… a gap that border experts say renders the wall moot", "a deadline that several insiders said went unnoticed": described
    /// people as the subject of a speech verb inside a relative clause that lacks its own subject or object; the people as
    /// written and where the relative word stands, or null.
    /// </summary>
    private (string Speaker, int Relative)? DescribedEmbedding(List<Token> toks, int first, int v, int last)
    {
        // "… require that doctors have admitting privileges": a participle after an auxiliary is no finite speech verb.
        if (ReportedClause.Participles.Contains(toks[v].Lower) || toks[v].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var end = SubjectPhrase.AuxiliariesStart(toks, first, VerbAdverbials.Start(toks, first, v)) - 1;
        for (var r = end - 1; r > first && end - r <= MaxEmbeddedSubjectTokens; r--)
        {
            if (toks[r].Lower is not ("that" or "which"))
            {
                continue;
            }

            // "Ortiz said that officials say …", "so that experts say …": "that" after a verb or an adverb opens a clause whose
            // own subject speaks, not a relative clause.
            var before = toks[r - 1];
            if (!before.IsWord || Vocabulary.IsReportingVerb(before.Text) || before.Lower is "so" or "now" or "such" or "given" or "than" or "is" or "was" or "are" or "were" ||
                before.Lower.EndsWith("ed", StringComparison.Ordinal) || RelativeClause.Embedding(toks, first, r + 1, v, last) != r)
            {
                return null;
            }

            return UnresolvedSubject.Before(doc.Text, toks, r + 1, v) is var (written, start) && start <= r + 2 ? (written, r) : null;
        }

        return null;
    }

    private const int MaxEmbeddedSubjectTokens = 8;

    /// <summary>
    /// The antecedent of the "who" at <paramref name="relativeAt"/>: the name nearest before it, or, when that name stands inside
    /// an appositive ("Hal Verner, a planner at Quayside Partners, who said …"), the person the appositive describes.
    /// </summary>
    private Mention? RelativeAntecedent(List<Token> toks, int first, int relativeAt)
    {
        var nearest = MentionParser.Before(doc.Text, toks, RelativeClause.AntecedentEnd(toks, relativeAt), first);
        var appositive = RelativeClause.BeforeAppositive(toks, first, relativeAt);
        if (appositive <= 0 || (nearest is not null && nearest.PhraseStart < toks[appositive].Start))
        {
            return nearest;
        }

        return Asides.NameBeforePlace(doc.Text, toks, appositive, first) ?? MentionParser.Before(doc.Text, toks, appositive, first) ?? nearest;
    }

    /// <summary>"The chairwoman's aides took to …": a possessive before the verb owns the subject; the person it names is not the subject.</summary>
    private static bool OwnsTheSubject(List<Token> toks, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if (MentionParser.IsPossessive(toks[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The water board said the hearing was postponed.", "Many of the local leaders who backed the bill said …": the clause after the
    /// first speech verb whose subject is a plain noun phrase, spoken by that phrase (or the person it names).
    /// </summary>
    private ExtractedQuote? PlainSubjectStatement(TextSpan sentence, int p)
    {
        var toks = tokens[p];
        if (SentenceTokens(sentence, p, 4) is not var (first, last))
        {
            return null;
        }

        first = ClauseBoundary.SubjectStart(toks, first, last);
        for (var v = first + 1; v <= last; v++)
        {
            var verb = toks[v];
            if (!SubjectPhrase.IsSpeechOrRequestVerb(verb.Text) || verb.IsCapitalized || ReportedClause.Participles.Contains(verb.Lower) ||
                AskedQuestion.IsPassive(toks, first, v) || PlainSubject.Before(toks, first, v) is not var (start, nameEnd) ||
                ReportedClause.ContentAfterVerb(toks, v, last) is not (> 0 and var content) || PlainSubject.OpensNoClause(toks, v, content))
            {
                continue;
            }

            if (PlainSubject.NamesAState(toks, start, nameEnd) || PlainSubject.NamesABody(toks, start, nameEnd))
            {
                // "Ruritania's government said …", "Moscow has denied …", "The hospital said …": a state or body speaks through
                // its officials, and the body rules give its words to the official the article quotes.
                return null;
            }

            // "The report of the Monetary Fund noted …": a name after a preposition is not the subject.
            var named = (MentionParser.Before(doc.Text, toks, nameEnd + 1, start) is { Kind: MentionKind.Name } before ? before : MentionSubject.NameBeforeOccasion(doc.Text, toks, start, nameEnd)) is { } mention &&
                        !SubjectPhrase.IsPrepositionObject(toks, start, TokenIndex.AtOrAfter(toks, mention.PhraseStart)) &&
                        attributor.Resolve(mention, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)) is ({ } resolved, _) &&
                        registry.People.Any(x => x.Name == resolved)
                ? mention
                : null;
            if (named is null && !PlainSubject.DescribesPeople(toks, start, nameEnd))
            {
                // A capitalised name that is no person the article knows is a body: left to the body rules for the same reason.
                return null;
            }

            var written = SubjectPhrase.Text(doc.Text, toks, start, nameEnd);
            var cue = new Cue(v, content, start, verb.Lower, named, null, false) { AsWritten = written };
            return Indirect(cue, toks, content, ReportedTail.End(toks, content, last, verb.Text), sentence, p);
        }

        return null;
    }
}
