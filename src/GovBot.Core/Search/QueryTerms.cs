namespace GovBot.Core.Search;

public static class QueryTerms
{
    /// <summary>Whether a query has at least one letter or digit; punctuation alone never reaches the index.</summary>
    public static bool HasSearchableWords(string query) => query.Any(char.IsLetterOrDigit);
}
