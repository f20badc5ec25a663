namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A sentence that reports someone's words and closes with ", according to X": X vouches for the account as a whole
/// ("Ortiz told aides that the vote was lost, according to two people in the room"), while the speaker said only the words
/// before that comma. A relative clause closing the words ("…, which cost 3 million last year, according to the port's
/// accounts") is a fact the source gives, not part of what the speaker said.
/// </summary>
internal static class VouchedAccount
{
    /// <summary>The "which" of a ", which …" clause that runs from after <paramref name="contentStart"/> up to the "according" at <paramref name="according"/>, or -1.</summary>
    public static int RelativeBefore(List<Token> toks, int contentStart, int according)
    {
        if (according - 1 - contentStart <= 1)
        {
            return -1;
        }

        var which = toks.FindLastIndex(according - 1, according - 1 - contentStart, t => t.Lower == "which");
        return which > contentStart + 1 && toks[which - 1].IsPunct(',') ? which : -1;
    }
}
