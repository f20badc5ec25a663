using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Ortiz wrote about the strike in her memoir", "the chronicler wrote of living under the old harbour board": what a
/// writer wrote about is reported by its subject, as a warning is by what it warns of. Only the writing verb takes it:
/// "said of the plan" stays an occasion before a quotation.
/// </summary>
internal static class WroteAbout
{
    /// <summary>Where the subject written about starts after the verb at <paramref name="v"/>, or -1 when the verb is no "wrote about/of".</summary>
    public static int ContentStart(List<Token> toks, int v, int last)
    {
        var about = v + 1;
        if (about >= last || toks[about].Lower is not ("about" or "of") || !Lexicons.IsFormOf(toks[v].Text, "wrote"))
        {
            return -1;
        }

        var next = toks[about + 1];
        return next.IsWord || next.IsQuoteMark ? about + 1 : -1;
    }
}
