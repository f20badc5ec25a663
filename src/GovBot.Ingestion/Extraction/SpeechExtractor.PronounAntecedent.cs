using GovBot.Ingestion.Lexicon;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>"He" and "she" inside a sentence whose subject is a named person stand for that person.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// "Omar Lindqvist, a lawyer for the ferry owners, has steered the crews toward what he said are the busiest night routes …": the named
    /// subject that opens the pronoun's own sentence, as a reader takes it, rather than whoever spoke last; null when the
    /// sentence opens with no known person of a fitting gender before the pronoun.
    /// </summary>
    private Mention? SentenceSubjectAntecedent(Mention pronoun, List<Token> toks, TextSpan sentence, int before = int.MaxValue, bool afterOpening = false)
    {
        if (pronoun.Kind != MentionKind.Pronoun || pronoun.Text.ToLowerInvariant() is not ("he" or "she"))
        {
            return null;
        }

        var first = TokenIndex.AtOrAfter(toks, sentence.Start);
        // A quotation's own words never name its speaker's antecedent: the subject must stand before it.
        var at = TokenIndex.AtOrAfter(toks, Math.Min(pronoun.Start, before));
        if (first < 0 || at - first < 3 || SentenceSubject(toks, first, at) is not { Kind: MentionKind.Name } subject || subject.End > Math.Min(pronoun.Start, before))
        {
            return null;
        }

        // "When Ortiz left the board, she said …" opens with a clause whose subject is the pronoun's only when the gender is
        // known to fit; "And if Ortiz wins, he said, …" speaks of Ortiz, it is not Ortiz speaking.
        var opens = TokenIndex.AtOrAfter(toks, subject.PhraseStart);
        if (toks[opens].Lower is "the" or "a" or "an" || (opens > first && toks[opens - 1].Lower is "the" or "a" or "an"))
        {
            // "But the Eastern Quay has silted up, he said": a capitalised thing, not a person.
            return null;
        }

        var lead = opens > first && toks[opens - 1].Lower is "when" or "while" or "although" or "though" or "after" or "since" or "because" or "as" ? opens - 1 : opens;
        if (lead != first && !(lead == first + 1 && toks[first].Lower is "but" or "and" or "so" or "yet" or "still") &&
            !(afterOpening && lead == opens && Patterns.OpeningPhrase.Before(toks, first, opens)))
        {
            return null;
        }

        // "Vorn's lawyer said he …": the name owns the subject, it is not the subject.
        var end = TokenIndex.AtOrAfter(toks, subject.End);
        if (end >= 0 && end < toks.Count && toks[end].Start == subject.End && toks[end].Lower is "'s" or "’s" or "'" or "’")
        {
            return null;
        }

        var female = pronoun.Text.Equals("she", StringComparison.OrdinalIgnoreCase);
        var person = registry.Find(subject.Text, subject.Start);
        var given = (person?.Name ?? subject.Text).Split(' ')[0];
        bool? gender = (person?.Female ?? subject.Female) ?? (Lexicons.FirstNameIsFemale.TryGetValue(given, out var byName) ? byName : null);
        var fits = gender is null ? lead == opens : gender == female;
        return person is not null && fits ? subject : null;
    }

    /// <summary>Whether no sentence ends between the two offsets: a name in a speaker's own appositive is no new topic.</summary>
    private bool SameSentence(int from, int to)
    {
        var text = doc.Text;
        for (var i = Math.Max(0, from); i < to && i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' or '\n' && char.IsWhiteSpace(text[i + 1]) && !(text[i] == '.' && i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Okafor fired back: “…,” he wrote.": the named subject before a quotation whose cue is "he" or "she", found as for
    /// reported speech; null when none.
    /// </summary>
    private Mention? QuotationSubjectAntecedent(Mention pronoun, List<Token> toks, int p, int quoteStart)
    {
        if (pronoun.Kind != MentionKind.Pronoun)
        {
            return null;
        }

        foreach (var sentence in SentenceSplitter.Split(doc.Text, doc.Paragraphs[p]))
        {
            if (sentence.Start <= quoteStart && quoteStart < sentence.End)
            {
                return sentence.Start < quoteStart ? SentenceSubjectAntecedent(pronoun, toks, sentence, quoteStart) : null;
            }
        }

        return null;
    }
}
