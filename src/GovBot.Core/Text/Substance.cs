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
    /// <remarks>Runs for every statement when the index is built, so it reads the text once, word by word, without regexes
    /// over the whole text: only each sentence's opening is matched against the forms of courtesy.</remarks>
    public static double Of(string text, IReadOnlyCollection<string>? topics = null)
    {
        var sentences = 0;
        var courtesies = 0;
        var opensWithCourtesy = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // A sentence ends at . ! or ? followed by a space (a reader's rule: "Mr. President" splits too, harmlessly).
            if (i < text.Length && !(text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            var sentence = text.AsSpan(start, Math.Min(i + 1, text.Length) - start).Trim();
            start = i + 1;
            if (sentence.Length == 0)
            {
                continue;
            }

            var courtesy = IsCourtesy(sentence.Length > 80 ? sentence[..80].ToString() : sentence.ToString());
            courtesies += courtesy ? 1 : 0;
            opensWithCourtesy |= sentences == 0 && courtesy;
            sentences++;
        }

        if (sentences == 0)
        {
            return 1.0;
        }

        var courtesyShare = (double)courtesies / sentences;
        var subject = SubjectWords(text) + (2 * TopicMentions(text, topics));
        var subjectFactor = 1.0 + Math.Min(2.0, subject / 3.0);
        var courtesyFactor = (1.0 - (0.5 * courtesyShare)) * (opensWithCourtesy ? 0.5 : 1.0);
        return subjectFactor * courtesyFactor;
    }

    /// <summary>A greeting, thanks, honour, address to the chair or a turn of procedure, by its form.</summary>
    public static bool IsCourtesy(string sentence) => Courtesy().IsMatch(sentence.TrimStart('"', '“', '\'', ' '));

    private static int TopicMentions(string text, IReadOnlyCollection<string>? topics) =>
        topics is null ? 0 : topics.Count(t => t.Length > 1 && text.Contains(t, StringComparison.OrdinalIgnoreCase));

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
    // the security and governance of both. A few stems cover their families.
    private static readonly HashSet<string> SubjectWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "internet", "online", "data", "information", "ict", "icts", "software", "network", "networks", "5g", "ransomware",
        "malware", "privacy", "surveillance", "infrastructure", "security", "norm", "norms", "sovereignty", "ai", "quantum",
        "semiconductor", "semiconductors", "disinformation",
    };

    // Looked up by span: the text is read word by word without allocating a string per word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLookup = SubjectWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] SubjectStems = ["cyber", "digital", "telecom", "hack", "encrypt"];

    private static readonly (string First, string Second)[] SubjectPairs = [("artificial", "intelligence"), ("undersea", "cable"), ("undersea", "cables")];

    private static int SubjectWords(string text)
    {
        var count = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var begin = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(begin, i - begin);
            if (IsSubject(word, previous))
            {
                count++;
            }

            previous = word;
        }

        return count;
    }

    private static bool IsSubject(ReadOnlySpan<char> word, ReadOnlySpan<char> previous)
    {
        if (SubjectLookup.Contains(word))
        {
            return true;
        }

        foreach (var stem in SubjectStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var (first, second) in SubjectPairs)
        {
            if (word.Equals(second, StringComparison.OrdinalIgnoreCase) && previous.Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
