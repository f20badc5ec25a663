namespace GovBot.Ingestion.Extraction.Patterns;

internal static partial class BodySubject
{
    /// <summary>Whether a noun names a kind of body ("company", "ministry"), whose words its officials may speak instead.</summary>
    public static bool IsBodyHead(string word) => Heads.Contains(word);
}
