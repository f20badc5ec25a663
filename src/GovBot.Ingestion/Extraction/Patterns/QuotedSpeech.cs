using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>Where a reporting clause stands relative to the quotations of its sentence.</summary>
internal static class QuotedSpeech
{
    /// <summary>
    /// Whether the cue with subject at <paramref name="subject"/> and verb at <paramref name="verb"/> directly follows a
    /// quotation ("“…,” Tan told …", "“…,” said Tan"): it attributes that quotation and reports nothing more.
    /// </summary>
    public static bool Attributes(List<Token> toks, List<QuoteSpan> quoted, int subject, int verb)
    {
        var first = Math.Min(subject, verb);
        var k = first - 1;
        while (k >= 0 && (toks[k].IsPunct(',') || toks[k].IsPunct('—') || toks[k].IsPunct('–')))
        {
            k--;
        }

        return k >= 0 && toks[k].IsQuoteMark && quoted.Any(q => q.Marks.End == toks[k].End);
    }
}
