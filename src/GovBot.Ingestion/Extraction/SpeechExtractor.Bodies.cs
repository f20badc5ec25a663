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
    private readonly List<(TextSpan Sentence, BodySubject.Voice Voice)> bodyVoices = [];

    /// <summary>The body that is the subject of the verb at <paramref name="v"/>, noted for the end-of-article check.</summary>
    private BodySubject.Voice? BodyBefore(TextSpan sentence, List<Token> toks, int first, int v)
    {
        var voice = BodySubject.Before(doc.Text, toks, first, v);
        if (voice is not null)
        {
            bodyVoices.Add((sentence, voice));
        }

        return voice;
    }

    /// <summary>The statements without those of bodies an official the article quotes speaks for.</summary>
    private List<ExtractedQuote> WithoutSilencedBodies(List<ExtractedQuote> results)
    {
        if (bodyVoices.Count == 0)
        {
            return results;
        }

        var speakers = results.Select(r => r.Speaker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var quoted = registry.People.Where(p => speakers.Contains(p.Name)).ToList();
        var silenced = bodyVoices.Where(b => BodySubject.Silenced(b.Voice, quoted)).ToList();
        return silenced.Count == 0
            ? results
            : results.Where(r => !silenced.Any(b => b.Voice.Speaker == r.Speaker && b.Sentence.Start <= r.Start && r.Start < b.Sentence.End)).ToList();
    }
}
