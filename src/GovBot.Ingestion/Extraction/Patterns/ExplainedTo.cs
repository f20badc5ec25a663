using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Reyes explained to the Courier why the pier was chosen", "explaining to her what the tide would do": an explanation
/// names its listener with "to" and then the question it answers; the wh-clause is what was said. Only "explain" reports
/// a wh-clause so ("said to the crew why" is no English), and "asked" has its own rules.
/// </summary>
internal static class ExplainedTo
{
    /// <summary>At most this many words name the listener ("to the harbour board").</summary>
    private const int MaxListenerWords = 4;

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "why", "how", "what", "who", "when", "where", "whether" };

    /// <summary>Where the wh-clause starts after "explained to LISTENER", or -1.</summary>
    public static int ContentStart(List<Token> toks, int v, int last)
    {
        if (v + 3 > last || toks[v + 1].Lower != "to" || !Lexicons.IsFormOf(toks[v].Text, "explain"))
        {
            return -1;
        }

        for (var j = v + 3; j <= last && j - (v + 2) <= MaxListenerWords; j++)
        {
            if (!toks[j].IsWord)
            {
                return -1;
            }

            if (WhWords.Contains(toks[j].Text))
            {
                return j < last ? j : -1;
            }
        }

        return -1;
    }
}
