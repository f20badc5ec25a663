namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// The comma that closes a parenthetical cue in the middle of its reported words when a few words about when it was said
/// or to whom stand between the verb and the comma: "The plan, her advisers said Friday, was simple.", "The fix, the
/// partner told them, was cheap.", "The fee, one insider told reporters on Tuesday, will rise.". Without them the comma
/// follows the verb at once, which the aside rules already read.
/// </summary>
internal static class AsideClose
{
    private const int MaxTailTokens = 4;

    /// <summary>Words that say when a cue was spoken.</summary>
    private static readonly HashSet<string> Occasion = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "recently", "later", "earlier", "privately", "publicly", "repeatedly", "often", "morning", "afternoon", "evening",
        "night", "on", "last", "this", "week", "month", "year",
    };

    /// <summary>Whom a "told" names when it is no clause of its own: a pronoun or the reporters.</summary>
    private static readonly HashSet<string> Hearers = new(StringComparer.OrdinalIgnoreCase)
    {
        "them", "him", "her", "me", "us", "reporters", "journalists",
    };

    /// <summary>
    /// The index of the comma that closes the cue whose verb is at <paramref name="verb"/>: right after the verb, or after
    /// an occasion ("said Friday", "said on Tuesday morning") or a hearer ("told them", "told reporters Monday"); -1 when
    /// other words stand there, which may be the start of the reported clause itself.
    /// </summary>
    public static int Comma(List<Token> toks, int verb, int last)
    {
        var k = verb + 1;
        if (k <= last && toks[verb].Lower is "told" or "tells" or "tell" && toks[k].IsWord && Hearers.Contains(toks[k].Text))
        {
            k++;
        }

        var from = k;
        while (k <= last && k - from < MaxTailTokens && toks[k].IsWord && !toks[k].Text.Any(char.IsDigit) && Occasion.Contains(toks[k].Text))
        {
            k++;
        }

        // "on" and "this" alone say nothing about when: an occasion ends in a day or a time word.
        return k <= last && toks[k].IsPunct(',') && !(k > from && toks[k - 1].Lower is "on" or "last" or "this") ? k : -1;
    }
}
