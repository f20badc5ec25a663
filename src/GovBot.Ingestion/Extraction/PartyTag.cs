namespace GovBot.Ingestion.Extraction;

/// <summary>
/// A US party-and-state tag after a lawmaker's name, "(D-Calif.)" or ", R-Ky.,": its period abbreviates the state and
/// ends no sentence, so the tag stays one token and the cue after it still reaches the name. A dotted state, "(D-N.Y.)",
/// keeps the dot after its first letter for the same reason.
/// </summary>
internal static class PartyTag
{
    public static bool IsStateAbbreviation(string word) =>
        word.Length is >= 3 and <= 8 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]) && word.Skip(3).All(char.IsLower);
}
