namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Vorn wrote:" or "Vorn argued that:" closing a paragraph, with the words it introduces set off as the next paragraph and
/// no quotation marks (a block quotation): the colon looks forward, so the words before the cue are no statement.
/// </summary>
internal static class BlockQuoteCue
{
    /// <summary>Verbs that introduce a block quotation; a plain "said:" mostly introduces a quotation in marks, left to the quote rules.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "wrote", "writes", "said", "says", "argued", "argues", "noted", "notes", "explained", "explains", "added", "adds", "stated",
        "states", "posted", "tweeted", "warned", "warns", "declared", "insisted", "insists", "observed", "concluded", "continued",
    };

    /// <summary>Whether a colon follows the verb at <paramref name="verb"/> directly or after "that" ("wrote:", "argued that:").</summary>
    public static bool ColonAfter(List<Token> toks, int verb, int last)
    {
        var k = verb + 1;
        if (k <= last && toks[k].Lower == "that")
        {
            k++;
        }

        return k <= last && toks[k].IsPunct(':');
    }

    /// <summary>
    /// The verb of a cue that ends the paragraph with its colon ("…, Vorn wrote:"), or -1: the colon is the paragraph's last
    /// token and a listed verb (and perhaps "that") stands right before it.
    /// </summary>
    public static int VerbBeforeClosingColon(List<Token> toks, int first, int last)
    {
        if (last - first < 1 || !toks[last].IsPunct(':'))
        {
            return -1;
        }

        var v = toks[last - 1].Lower == "that" ? last - 2 : last - 1;
        return v > first && Verbs.Contains(toks[v].Text) ? v : -1;
    }
}
