using GovBot.Core.Analysis;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Bodies that speak in their own name ("The State Department said …"). Whether a quoted official speaks for the body is
/// known only once the whole article is read, so each body's statements are kept aside and dropped at the end when the
/// article quotes such an official: the news gives the body's words to them.
/// </summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>Bodies that spoke, with the sentence and where in the text the body's subject starts.</summary>
    private readonly List<(TextSpan Sentence, BodySubject.Voice Voice, int At)> bodyVoices = [];
    private readonly Dictionary<string, bool> bareBodyWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Named bodies given as an "according to" source ("…, according to the Tarnby Golf Foundation."): what a later "the group
    /// says" refers back to. Kept apart from <see cref="bodyVoices"/>, whose bodies an article's officials may silence.
    /// </summary>
    private readonly List<(int End, string Body)> citedBodies = [];

    /// <summary>The body that is the subject of the verb at <paramref name="v"/>, noted for the end-of-article check.</summary>
    private BodySubject.Voice? BodyBefore(TextSpan sentence, List<Token> toks, int first, int v)
    {
        var voice = BodySubject.Before(doc.Text, toks, first, v, () => LastBodyBefore(sentence.Start), bareBodyWords);
        if (voice is not null)
        {
            bodyVoices.Add((sentence, voice, toks[voice.Start].Start));
        }

        return voice;
    }

    /// <summary>The body an "according to" source names, noted for the end-of-article check.</summary>
    private string? AccordingToBody(TextSpan sentence, List<Token> toks, int start, int end)
    {
        if (BodySubject.Source(doc.Text, toks, start, end) is not { } body)
        {
            return null;
        }

        bodyVoices.Add((sentence, new BodySubject.Voice(body, start), toks[start].Start));
        return body;
    }

    /// <summary>
    /// The body before the verb at <paramref name="v"/>, read only when asked: a delegate made here, so that the extractor's
    /// own loop keeps its variables on the stack rather than in a closure.
    /// </summary>
    private Func<string?> BodyLater(TextSpan sentence, List<Token> toks, int first, int v) => () => BodyBefore(sentence, toks, first, v)?.Speaker;

    /// <summary>
    /// "The State Department has deemed the pages personal and says …", "Twitter reported flat growth and said …": the body
    /// that opens the sentence before its first verb, for a later speech verb that shares it.
    /// </summary>
    private string? BodyOpening(TextSpan sentence, List<Token> toks, int first, int limit, string verb)
    {
        // "…, announcing criminal charges against …": what a body announces is mostly a thing, not a clause.
        if (verb.StartsWith("announc", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = first + 1; k <= limit && k - first <= 8; k++)
        {
            // "Radio host Dana Pruitt then asked …": a lower-case word before a name is a role, and a person opens the sentence.
            if (toks[k].IsWord && char.IsLower(toks[k].Text[0]) && k + 1 <= limit && toks[k + 1].IsCapitalized)
            {
                return null;
            }

            if (toks[k].IsWord && char.IsLower(toks[k].Text[0]) && !Vocabulary.Connectors.Contains(toks[k].Text) && SubjectPhrase.AuxiliariesStart(toks, first, k + 1) > k &&
                BodyBefore(sentence, toks, first, k) is { } voice)
            {
                return voice.Speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// The body that opens the sentence (<see cref="BodyOpening"/>) when it is the one word <paramref name="subject"/> the name
    /// rules found and no person answers to, read only then.
    /// </summary>
    private Func<string?> BodyOpeningLater(TextSpan sentence, List<Token> toks, int first, int limit, string verb, string subject) =>
        // "Walking to the pier, Tilde …": a participle that opens the sentence is no body's name.
        () => !subject.EndsWith("ing", StringComparison.Ordinal) && BodyOpening(sentence, toks, first, limit, verb) is { } body && body == subject ? body : null;

    /// <summary>The last body that spoke before <paramref name="position"/>: what "the company said" refers back to.</summary>
    private string? LastBodyBefore(int position)
    {
        var cited = citedBodies.FindLastIndex(c => c.End <= position);
        for (var i = bodyVoices.Count - 1; i >= 0; i--)
        {
            // Only a person of exactly that name makes the body a person: "Twitter" is not the account "Dana Twitter".
            if (bodyVoices[i].Sentence.End <= position && registry.FindExact(bodyVoices[i].Voice.Speaker) is null)
            {
                return cited >= 0 && citedBodies[cited].End > bodyVoices[i].Sentence.End ? citedBodies[cited].Body : bodyVoices[i].Voice.Speaker;
            }
        }

        return cited >= 0 ? citedBodies[cited].Body : null;
    }

    /// <summary>Notes an "according to" source that names a body (<see cref="citedBodies"/>) and returns the cue unchanged.</summary>
    private Cue? NoteCitedBody(TextSpan sentence, Cue? cue)
    {
        if (cue is not null && (cue.Speaker ?? cue.AsWritten) is { } written && IsBodyName(written) && registry.FindExact(written) is null)
        {
            citedBodies.Add((sentence.End, written));
        }

        return cue;
    }

    /// <summary>The body that made the last statement, in this paragraph or the one before, or null: what "It said …" refers back to.</summary>
    private string? BodyJustSpoke(int paragraph, int position) =>
        state.LastSpeaker is { } last && state.LastParagraph >= paragraph - 1 && (LastBodyBefore(position) == last || IsOneWordName(last) || IsBodyName(last) || Patterns.PronounSubject.IsDocument(last)) ? last : null;

    /// <summary>"the Lakeview Policy Group": capitalised words closed by an organisation's head word, never a person.</summary>
    private static bool IsBodyName(string speaker) =>
        speaker.Split(' ') is { Length: >= 2 } words && words.All(w => w.Length > 0 && char.IsUpper(w[0])) && Lexicon.Lexicons.OrganizationHeads.Contains(words[^1]);

    /// <summary>
    /// "Zentrix said … It added …": a one-word speaker with no title, gender or given name is a company or an outlet the
    /// name rules took for a surname; "it" is never a person.
    /// </summary>
    private bool IsOneWordName(string speaker) =>
        !speaker.Contains(' ', StringComparison.Ordinal) && char.IsUpper(speaker[0]) && registry.FindExact(speaker) is { Title: null, Female: null } &&
        !Lexicon.Lexicons.FirstNameIsFemale.ContainsKey(speaker);

    /// <summary>
    /// Whether a body's statement retells its official's words: said of "the commission" or "it", or in a tag after the
    /// words ("…, the ministry said."). A sentence that opens with the body's own name ("The Harbour Board said …")
    /// reports a statement the body made in its name, even when the article also quotes its official.
    /// </summary>
    private static bool Retold(BodySubject.Voice voice, int at, ExtractedQuote statement) => voice.Described || statement.Start < at;

    /// <summary>The statements without those of bodies an official the article quotes speaks for.</summary>
    private List<ExtractedQuote> WithoutSilencedBodies(List<ExtractedQuote> results)
    {
        if (bodyVoices.Count == 0)
        {
            return results;
        }

        var quoted = QuotedPeople(results);
        var silenced = bodyVoices.Where(b => BodySubject.Silenced(b.Voice, quoted)).ToList();
        if (silenced.Count == 0)
        {
            return results;
        }

        // "Zentrix says its sales doubled. The company says …": a description that goes on from the body's own statement by
        // name is the body still speaking, not the official retold.
        var ownFirst = silenced.Where(b => !b.Voice.Described && results.Any(r => Made(b, r) && r.Start > b.At))
                               .GroupBy(b => b.Voice.Speaker, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(b => b.At), StringComparer.Ordinal);
        return results.Where(r => !silenced.Any(b => Made(b, r) && Retold(b.Voice, b.At, r) &&
                                                     !(b.Voice.Described && ownFirst.TryGetValue(b.Voice.Speaker, out var own) && own < b.At)))
                      .ToList();

        // The statement is one this voice made: the body's, in the sentence where it spoke.
        static bool Made((TextSpan Sentence, BodySubject.Voice Voice, int At) b, ExtractedQuote r) =>
            b.Voice.Speaker == r.Speaker && b.Sentence.Start <= r.Start && r.Start < b.Sentence.End;
    }

    /// <summary>The people the article knows who speak in <paramref name="statements"/>: the officials a body may speak through.</summary>
    private List<Person> QuotedPeople(IEnumerable<ExtractedQuote> statements)
    {
        var speakers = statements.Select(r => r.Speaker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return registry.People.Where(p => speakers.Contains(p.Name)).ToList();
    }
}
