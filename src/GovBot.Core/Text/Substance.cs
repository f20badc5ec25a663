using System.Text.RegularExpressions;

namespace GovBot.Core.Text;

/// <summary>
/// How much a statement says about the subject rather than around it. Speeches and briefings open and close with
/// greetings, thanks, honours and procedure ("next question, please"); such sentences belong to any speech on any subject,
/// so they are recognised by their form, and a statement that is mostly made of them, or opens with one, ranks below
/// statements on the subject: cyber governance in general, and an article's own topics when they are given.
/// </summary>
public static partial class Substance
{
    /// <summary>A factor around 1: up to 3 for a statement rich in subject words, down to 0.25 for pure courtesy.</summary>
    public static double Of(string text, IReadOnlyCollection<string>? topics = null)
    {
        var sentences = Sentences(text);
        if (sentences.Count == 0)
        {
            return 1.0;
        }

        var courtesies = sentences.Count(IsCourtesy);
        var courtesyShare = (double)courtesies / sentences.Count;
        var opensWithCourtesy = IsCourtesy(sentences[0]);
        var subject = SubjectWord().Matches(text).Count + (2 * TopicMentions(text, topics));
        var subjectFactor = 1.0 + Math.Min(2.0, subject / 3.0);
        var courtesyFactor = (1.0 - (0.5 * courtesyShare)) * (opensWithCourtesy ? 0.5 : 1.0);
        return subjectFactor * courtesyFactor;
    }

    /// <summary>A greeting, thanks, honour, address to the chair or a turn of procedure, by its form.</summary>
    public static bool IsCourtesy(string sentence) => Courtesy().IsMatch(sentence.TrimStart('"', '“', '\'', ' '));

    private static int TopicMentions(string text, IReadOnlyCollection<string>? topics) =>
        topics is null ? 0 : topics.Count(t => t.Length > 1 && text.Contains(t, StringComparison.OrdinalIgnoreCase));

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""“])")]
    private static partial Regex SentenceEnd();

    // Forms of address and courtesy common to speeches and briefings on any subject.
    [GeneratedRegex(@"^(?:(?:thank|thanks)\b|good (?:morning|afternoon|evening|day)\b|hello\b|hi\b|welcome\b|greetings\b|" +
                    @"(?:dear|distinguished|honou?rable|excellenc)\w*\b|ladies and gentlemen\b|(?:mr|madam|madame|mister)\.? (?:president|chair|chairman|secretary|speaker)\b|your (?:excellenc|majest|highness)\w*\b|" +
                    @"(?:it is|it's|it is truly|it is indeed) (?:a |an |my |truly a |indeed a )?(?:great |real |distinct )?(?:honou?r|pleasure|privilege)\b|" +
                    @"(?:i|we) (?:would|should|want|wish) (?:like )?to (?:thank|congratulate|welcome|express (?:my|our) (?:gratitude|appreciation))\b|" +
                    @"(?:i|we) (?:thank|congratulate|welcome)\b|(?:let|allow|permit) me (?:first |also )?(?:to )?(?:begin|start|thank|congratulate|welcome)\b|congratulations\b|" +
                    @"(?:next|last|one more) question\b|(?:please )?go ahead\b|over to you\b|i'?ll take\b|any (?:other |more )?questions\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    // The subject as a field, not as our corpus words it: the internet, information and communications technology, and
    // the security and governance of both.
    [GeneratedRegex(@"\b(?:cyber\w*|internet|online|digital\w*|data|information|ICTs?|software|networks?|telecom\w*|5G|" +
                    @"ransomware|malware|hack\w*|encrypt\w*|privacy|surveillance|infrastructure|security|norms?|sovereignty|" +
                    @"artificial intelligence|AI|quantum|semiconductors?|undersea cables?|disinformation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectWord();
}
