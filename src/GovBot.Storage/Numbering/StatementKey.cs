using System.Security.Cryptography;
using System.Text;

namespace GovBot.Storage.Numbering;

/// <summary>
/// A statement's identity within its article: its words, lower-cased, with punctuation, quotation marks and spacing
/// ignored, so that a changed quotation mark or a re-wrapped line does not make it a new statement. The same words
/// twice in one article are told apart by their order.
/// </summary>
public static class StatementKey
{
    public static string For(long articleId, string text, int occurrence)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))).AsSpan(0, 16));
        return occurrence <= 1 ? $"{articleId}:{hash}" : $"{articleId}:{hash}#{occurrence}";
    }

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Keys for statements in the order given, counting repeats of the same words.</summary>
    public static IReadOnlyList<string> ForAll(long articleId, IEnumerable<string> texts)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var text in texts)
        {
            var first = For(articleId, text, 1);
            var occurrence = seen[first] = seen.GetValueOrDefault(first) + 1;
            keys.Add(occurrence == 1 ? first : For(articleId, text, occurrence));
        }

        return keys;
    }
}
