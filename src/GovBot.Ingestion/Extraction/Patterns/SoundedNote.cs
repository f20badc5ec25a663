namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Kerrigan sounded a wary note on the timetable", "she sounded a hopeful note over the talks": a speaker's tone
/// about a subject is reported by the subject, as "warned of" is. The note may carry up to two words of tone.
/// </summary>
internal static class SoundedNote
{
    private const int MaxToneWords = 2;

    private static readonly HashSet<string> Sounded = new(StringComparer.Ordinal) { "sounded", "sounds", "sounding" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "about", "on", "for", "over" };

    /// <summary>Where the subject of the note starts after the verb at <paramref name="v"/>, or -1 when the verb sounds no note.</summary>
    public static int ContentStart(List<Token> toks, int v, int last)
    {
        if (v + 4 > last || !Sounded.Contains(toks[v].Lower) || toks[v + 1].Lower is not ("a" or "an"))
        {
            return -1;
        }

        for (var j = v + 2; j < last && j - (v + 2) <= MaxToneWords; j++)
        {
            if (!toks[j].IsWord || !char.IsLower(toks[j].Text[0]))
            {
                return -1;
            }

            if (toks[j].Lower == "note")
            {
                return j + 2 <= last && Prepositions.Contains(toks[j + 1].Lower) && toks[j + 2].IsWord ? j + 2 : -1;
            }
        }

        return -1;
    }
}
