using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;

namespace GovBot.Ingestion.Extraction;

/// <summary>A headline that reports speech ("Ortiz Says Council Is Hiding The Audit"); the rules are in Patterns/Headline.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>
    /// Share of a headline's content words that, found in one body statement by the same speaker, make it a repeat. A short
    /// headline shares half its words with many a body statement that says something else ("Ortiz Says Smugglers Breached
    /// Ferry Ledger" and "the ferry ledger was complete"), so only nearly all of its words make it the same words.
    /// </summary>
    private const double RepeatShare = 0.8;

    /// <summary>
    /// The headline's statement, when the title reports what a person the article names said and no statement of the body
    /// already says it: a reader should not be shown the same words twice, once in title case.
    /// </summary>
    private ExtractedQuote? HeadlineStatement(List<ExtractedQuote> body)
    {
        var title = doc.Header.Title;
        var at = title.Length > 0 ? doc.Text.IndexOf(title, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return null;
        }

        var toks = Tokenizer.Tokenize(doc.Text, at, at + title.Length);
        if (Headline.Find(toks) is not var (subjectFrom, subjectTo, from, to, verb))
        {
            return null;
        }

        var subject = toks.GetRange(subjectFrom, subjectTo - subjectFrom + 1);
        if (subject.Any(t => t.Text.EndsWith("’s", StringComparison.Ordinal) || t.Text.EndsWith("'s", StringComparison.Ordinal)))
        {
            return null;
        }

        // "GOP Rep. Ortiz", "Former Mayor Dana Ortiz": the name is the run of name words that ends the subject.
        var nameFrom = subject.Count;
        while (nameFrom > 0 && Vocabulary.IsNameWord(subject[nameFrom - 1]))
        {
            nameFrom--;
        }

        if (nameFrom == subject.Count || registry.Find(string.Join(' ', subject.Skip(nameFrom).Select(t => t.Text)), int.MaxValue) is not { } person)
        {
            return DescribedHeadline(toks, subjectFrom, subjectTo, from, to, verb, body);
        }

        // A name the body never uses again ("Bellwood County Says …") is no person the article reports on.
        var surname = person.Name.Split(' ')[^1];
        if (doc.Text.IndexOf(surname, at + title.Length, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var start = toks[from].Start;
        var end = toks[to].End;
        var text = doc.Text[start..end];
        var words = ContentWords(text);
        if (words.Count == 0 || body.Any(q => q.Speaker == person.Name && ContentWords(q.Text).Count(words.Contains) >= RepeatShare * words.Count))
        {
            return null;
        }

        return new ExtractedQuote(text, person.Name, QuoteKind.Indirect, start, end, verb);
    }

    /// <summary>
    /// A headline whose subject names no person the article knows ("Pilots Union Says …"): the title
    /// is often the only place the article gives the subject's words, so they are the subject's as written, unless a body
    /// statement already carries them or the subject is a state or a body whose quoted official the title retells.
    /// </summary>
    private ExtractedQuote? DescribedHeadline(List<Token> toks, int subjectFrom, int subjectTo, int from, int to, string verb, List<ExtractedQuote> body)
    {
        var start = toks[from].Start;
        var end = toks[to].End;
        var text = doc.Text[start..end];
        var words = ContentWords(text);
        if (words.Count == 0 || body.Any(q => ContentWords(q.Text).Count(words.Contains) >= RepeatShare * words.Count))
        {
            return null;
        }

        var subject = doc.Text[toks[subjectFrom].Start..toks[subjectTo].End];
        var quoted = QuotedPeople(body);
        // "Norland Says …", "White House Says …" above an article that quotes officials: a state speaks through them, and the
        // title retells their words; so does a body whose official the article quotes.
        var state = Lexicon.Lexicons.Countries.Normalize(subject) is not null ||
                    Lexicon.Lexicons.SourceCountries.Any(s => s.Publisher.Equals(subject, StringComparison.OrdinalIgnoreCase));
        if (quoted.Count > 0 && (state || BodySubject.Silenced(new BodySubject.Voice(subject, subjectFrom), quoted)))
        {
            return null;
        }

        return new ExtractedQuote(text, subject, QuoteKind.Indirect, start, end, verb);
    }

    /// <summary>
    /// Live-blog headlines that report what a person the article names said ("9:12PMOrtiz Says …"), unless a statement
    /// found already covers their words.
    /// </summary>
    private IEnumerable<ExtractedQuote> LiveBlogStatements(List<ExtractedQuote> found)
    {
        foreach (var entry in LiveBlogHeadline.Find(doc.Text))
        {
            if (found.Any(q => q.Start < entry.End && entry.Start < q.End) || registry.Find(entry.Name, int.MaxValue) is not { } person)
            {
                continue;
            }

            yield return new ExtractedQuote(doc.Text[entry.Start..entry.End], person.Name, QuoteKind.Indirect, entry.Start, entry.End, entry.Verb);
        }
    }

    private static HashSet<string> ContentWords(string text) =>
        text.Split((char[])[' ', '\n', ',', '.', ';', ':', '“', '”', '"', '‘', '’', '\'', '(', ')', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
