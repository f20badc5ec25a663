using System.Text.RegularExpressions;

namespace GovBot.Search.Semantic;

/// <summary>
/// The texts a statement is encoded as: the whole of it, and for a long one each of its sentences too, since one point in
/// a long speech paragraph is diluted in the paragraph's vector and found only by its own sentence.
/// </summary>
public static partial class Passages
{
    /// <summary>Up to this many words, the whole statement is one thought and its vector stands for it.</summary>
    public const int WholeOnlyWords = 30;

    /// <summary>Sentences shorter than this join the next one ("Thank you." says nothing alone).</summary>
    private const int MinSentenceWords = 6;

    /// <summary>Bounds the cost of a very long paragraph; its later sentences are still in its whole vector.</summary>
    private const int MaxSentences = 12;

    public static IReadOnlyList<string> Of(string statement)
    {
        var whole = Space().Replace(statement, " ").Trim();
        if (whole.Length == 0)
        {
            return [];
        }

        if (Words(whole) <= WholeOnlyWords)
        {
            return [whole];
        }

        var passages = new List<string> { whole };
        var pending = "";
        foreach (var sentence in SentenceEnd().Split(whole))
        {
            pending = pending.Length == 0 ? sentence.Trim() : pending + " " + sentence.Trim();
            if (Words(pending) >= MinSentenceWords)
            {
                passages.Add(pending);
                pending = "";
            }

            if (passages.Count > MaxSentences)
            {
                break;
            }
        }

        if (pending.Length > 0 && passages.Count <= MaxSentences)
        {
            passages.Add(pending);
        }

        return passages.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int Words(string text) => text.Count(c => c == ' ') + 1;

    /// <summary>After . ! or ? (and any closing quotation mark or bracket) and before a capital, digit or opening quotation mark.</summary>
    [GeneratedRegex(@"(?<=[.!?][""'”’)\]]?)\s+(?=[\p{Lu}\d""“‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
