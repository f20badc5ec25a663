using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// "Ortiz told the story of a ferryman who …", "Brennan tells a joke at the levy's expense", "the port's ledger told a different
/// tale": when what is told is an account, the account is the statement, from its first word on. Without this the object
/// reads as the person told and nothing is left to report.
/// </summary>
internal static class ToldAccount
{
    /// <summary>Words that may open the account: an article, a possessive or a count.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "his", "her", "their", "its", "my", "our", "your", "this", "another",
    };

    /// <summary>At most this many modifiers between the opener and the account noun ("a slightly different tale").</summary>
    private const int MaxModifiers = 3;

    /// <summary>
    /// Whether the verb at <paramref name="v"/> is a form of "tell" followed by an account: then the words before it are no
    /// content of a closing cue ("On Friday, the third day of her tour, Ortiz told a joke.").
    /// </summary>
    public static bool AfterVerb(List<Token> toks, int v, int last) =>
        toks[v].Lower is "told" or "tell" or "tells" or "telling" && At(toks, v + 1, last);

    /// <summary>Whether the words from <paramref name="c"/> (right after a form of "tell") are an account it tells.</summary>
    public static bool At(List<Token> toks, int c, int last)
    {
        if (c > last || !toks[c].IsWord)
        {
            return false;
        }

        // "told stories of how …": a bare plural account.
        if (IsAccount(toks[c]))
        {
            return !ToListener(toks, c, last);
        }

        if (!Openers.Contains(toks[c].Text))
        {
            return false;
        }

        for (var j = c + 1; j <= last && j - c <= MaxModifiers + 1; j++)
        {
            if (!toks[j].IsWord || Vocabulary.IsReportingVerb(toks[j].Text) || toks[j].Lower is "that" or "to" or "and" or "or")
            {
                return false;
            }

            if (IsAccount(toks[j]))
            {
                return !ToListener(toks, j, last);
            }
        }

        return false;
    }

    /// <summary>
    /// "told the old story to the new crews": the account is only named and the words after it are who heard it, as with
    /// any object told to someone; nothing of what was said is there.
    /// </summary>
    private static bool ToListener(List<Token> toks, int noun, int last) => noun + 1 <= last && toks[noun + 1].Lower == "to";

    /// <summary>A lower-case account noun: "Story" in a name ("the Story County board") is no account.</summary>
    private static bool IsAccount(Token t) => char.IsLower(t.Text[0]) && Lexicons.ToldAccounts.Contains(t.Text);
}
