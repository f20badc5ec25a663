namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "They" as the subject of a reporting verb: "Campaign aides said … . They said the count would take a week." The group
/// that spoke just before is the speaker; nothing else is, so a "they" after a named person is left alone.
/// </summary>
internal static class PluralPronoun
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "but", "and", "so", "still", "yet", "now", "instead" };

    /// <summary>Where the "they" that is the subject of <paramref name="verb"/> stands, or -1.</summary>
    public static int Subject(List<Token> toks, int first, int verb)
    {
        var s = VerbAdverbials.Start(toks, first, verb) - 1;
        if (s < first || toks[s].Lower != "they")
        {
            return -1;
        }

        var before = s - 1;
        return before < first || toks[before].IsPunct(',') || Openers.Contains(toks[before].Text) || ClauseOpeners.Precede(toks, first, s) ? s : -1;
    }

    /// <summary>Whether <paramref name="speaker"/> is a group as written ("campaign aides", "Protest organizers"), not a person's name.</summary>
    public static bool IsGroup(string speaker)
    {
        var head = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return head.Length > 3 && char.IsLower(head[0]) && head.EndsWith('s') && !head.EndsWith("’s", StringComparison.Ordinal) &&
               !head.EndsWith("'s", StringComparison.Ordinal);
    }
}
