namespace GovBot.Ingestion.Evaluation.Polnear;

/// <summary>
/// Name words of a source or a predicted speaker, without titles, honorifics and function words, so that
/// "Sen. Maria Alvarez (D-Calif.)" and "Maria Alvarez" share "alvarez". A gold source is named when it has at least one
/// capitalised name word ("Alvarez", "the Clinton campaign"); pronouns and descriptions ("officials") are not.
/// </summary>
public static partial class NamedSource
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "from", "s", "his", "her", "their",
        "its", "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those", "both", "all",
        "mr", "mrs", "ms", "miss", "dr", "sen", "sens", "rep", "reps", "gov", "lt", "del", "rev", "gen", "col", "capt", "sgt",
        "adm", "hon", "jr", "sr", "ii", "iii", "president", "senator", "senators", "congressman", "congresswoman",
        "representative", "governor", "mayor", "secretary", "speaker", "leader", "chairman", "chairwoman", "chair",
        "spokesman", "spokeswoman", "spokesperson", "former", "candidate", "nominee", "presidential", "vice", "first",
        "lady",
    };

    public static IReadOnlySet<string> Words(string? text, bool capitalisedOnly)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        // A party-and-state tag, "(D-Calif.)", is no part of the name.
        text = PartyTag().Replace(text, " ");
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i];
                var lower = word.ToLowerInvariant();
                if (!NotNames.Contains(lower) && (!capitalisedOnly || char.IsUpper(word[0])))
                {
                    words.Add(lower);
                }

                start = -1;
            }
        }

        return words;
    }

    public static bool IsNamed(string? source) => Words(source, capitalisedOnly: true).Count > 0;

    public static bool SameSpeaker(string? source, string? predicted) =>
        predicted is not null && Words(source, capitalisedOnly: true).Overlaps(Words(predicted, capitalisedOnly: false));

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*[DRI]\s*[-–]\s*[^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex PartyTag();
}
