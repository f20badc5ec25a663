using System.Text.RegularExpressions;

namespace GovBot.Search.Semantic;

/// <summary>
/// The texts a statement is encoded as: the whole of it, and for a long one each of its sentences and each two adjacent
/// sentences too. One point in a long speech paragraph is diluted in the paragraph's vector and found only by its own
/// sentence, and a point is often made in two ("We buy a car with pre-installed seatbelts and airbags. We should be able
/// to buy software with security baked in."), neither of which says it alone.
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

        var sentences = new List<string>();
        var pending = "";
        foreach (var sentence in SentenceEnd().Split(whole))
        {
            pending = pending.Length == 0 ? sentence.Trim() : pending + " " + sentence.Trim();
            if (Words(pending) >= MinSentenceWords)
            {
                sentences.Add(pending);
                pending = "";
            }

            if (sentences.Count >= MaxSentences)
            {
                break;
            }
        }

        if (pending.Length > 0 && sentences.Count < MaxSentences)
        {
            sentences.Add(pending);
        }

        // Measured on the tuning question sets: pairs raised hit@1 on three of them and lowered none; three-sentence windows
        // added rows without adding more.
        var pairs = sentences.Zip(sentences.Skip(1), (first, second) => first + " " + second);
        return new[] { whole }.Concat(sentences).Concat(pairs).Distinct(StringComparer.Ordinal).ToList();
    }

    private static int Words(string text) => text.Count(c => c == ' ') + 1;

    /// <summary>After . ! or ? (and any closing quotation mark or bracket) and before a capital, digit or opening quotation mark.</summary>
    [GeneratedRegex(@"(?<=[.!?][""'”’)\]]?)\s+(?=[\p{Lu}\d""“‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
