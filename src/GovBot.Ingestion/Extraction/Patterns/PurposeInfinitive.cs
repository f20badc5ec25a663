namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A speech verb as the purpose of the clause's action: "Ortiz called on Wednesday, but only to tell Brennan that …",
/// "Ortiz chimed in, breaking with the chair, to argue that …". The sentence's subject speaks. A bare "to" after a verb of
/// wanting or planning ("wants to tell", "plans to announce") is an intention and stays out: only a comma or "only"
/// before the "to" marks a purpose.
/// </summary>
internal static class PurposeInfinitive
{
    /// <summary>Whether the speech verb at <paramref name="verb"/> follows ", to" or "only to" after the sentence's first words.</summary>
    public static bool Applies(List<Token> toks, int first, int verb) =>
        verb - 3 > first && toks[verb - 1].Lower == "to" && (toks[verb - 2].IsPunct(',') || toks[verb - 2].Lower == "only" || OutOfTheWay(toks, first, verb - 1)) &&
        SubjectPhrase.IsSpeechVerb(toks[verb].Text) && toks[verb].Lower is "tell" or "say" or "argue" or "claim" or "note" or "announce" or "warn" or "insist" or "explain" or "declare" or "state";

    /// <summary>"Ortiz went out of her way to say that …": the words were said, with emphasis; no intention stays unspoken.</summary>
    private static bool OutOfTheWay(List<Token> toks, int first, int to) =>
        to - 4 > first && toks[to - 1].Lower == "way" && toks[to - 2].Lower is "his" or "her" or "their" or "its" && toks[to - 3].Lower == "of" && toks[to - 4].Lower == "out";
}
