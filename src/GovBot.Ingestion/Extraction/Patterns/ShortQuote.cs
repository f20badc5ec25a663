using System.Text.RegularExpressions;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A quotation of one to three words is a statement when its cue stands right beside it: "“Absolutely not,” he said.",
/// "“It was reckless,” said Ortiz.", "Ortiz said, “Probably.”". Without such a cue a short quoted phrase is a mention
/// ("the so-called “blue wall”"), not speech.
/// </summary>
internal static partial class ShortQuote
{
    private const int Window = 60;

    private static readonly HashSet<string> AnswerVerbs = new(StringComparer.Ordinal) { "asked", "replied", "responded", "answered", "shouted", "joked", "quipped" };

    /// <summary>Whether the quotation <paramref name="marks"/> (content <paramref name="content"/>) has its cue right beside it inside <paramref name="paragraph"/>.</summary>
    public static bool HasAdjacentCue(string text, TextSpan marks, TextSpan content, TextSpan paragraph)
    {
        // The closing punctuation may stand inside the marks and outside the content: “Absolutely not,”.
        var inner = text[content.Start..Math.Max(content.End, marks.End - 1)].TrimEnd().TrimEnd('"', '”', '\'').TrimEnd();
        if (inner.Length == 0)
        {
            return false;
        }

        var closesSentence = inner[^1] is '.' or '!' or '?';
        if (closesSentence || inner[^1] == ',')
        {
            // "“Not this year,” she said", "“Too early to tell,” said Okafor."
            var after = text[marks.End..Math.Min(paragraph.End, marks.End + Window)];
            if (CueAfter().Match(after) is { Success: true } m && IsCue(m.Groups["verb"].Value) && !IsNotSubject(m.Groups["who"].Value))
            {
                return true;
            }
        }

        // "Okafor said, “Eventually.”", "she smiled and said, “In time,” when …", "she frowned at us and said, “Never.”", "the chairwoman, Voss, said, “No.”": the cue right before the quotation; the
        // extractor's own rules then name its speaker, and a quotation they give to no one is dropped.
        var from = Math.Max(paragraph.Start, marks.Start - Window);
        return CueBefore().Match(text[from..marks.Start]) is { Success: true } b && IsCue(b.Groups["verb"].Value) && !IsNotSubject(b.Groups["who"].Value);
    }

    private static bool IsCue(string verb) => SubjectPhrase.IsSpeechVerb(verb) || AnswerVerbs.Contains(verb);

    /// <summary>Capitalised words that open a sentence or a clause, not a speaker: "It said", "This says".</summary>
    private static bool IsNotSubject(string who) => who is "It" or "This" or "That" or "There" or "What" or "Which";

    [GeneratedRegex(@"^\s*(?:(?<who>he|she|they|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}|the [a-z]+(?: [a-z]+)?) (?<verb>[a-z]+)\b(?![’'])|(?<verb>[a-z]+) (?<who>he|she|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}|the [a-z]+(?: [a-z]+)?)[\s.,;]?)")]
    private static partial Regex CueAfter();

    [GeneratedRegex(@"\b(?<who>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w.’'-]*),?(?: [a-z]+(?: [a-z]+){0,2} and| (?:had|has|have|then|later|also|previously|simply|just|only|finally|quickly|reportedly))* (?<verb>said|says|say|added|adds|asked|asks|replied|replies|responded|answered|wrote|writes)\s*[,:]?\s*$")]
    private static partial Regex CueBefore();
}
