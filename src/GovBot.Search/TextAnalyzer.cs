using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace GovBot.Search;

/// <summary>
/// Turns text into index terms: words folded to lower case without diacritics, English stop words dropped,
/// Porter2 (Snowball) stems. Query text goes through the same path, so nothing in it is ever syntax.
/// </summary>
public static class TextAnalyzer
{
    private const int MaxTokenLength = 40;

    [ThreadStatic]
    private static EnglishStemmer? stemmer;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "we", "our", "i", "you", "he", "she", "his", "her", "its", "has", "have", "had", "been",
        "were", "would", "should", "can", "could", "do", "does", "did", "so", "from", "about", "what", "who",
        "which", "when", "where", "how", "said", "say", "says", "also", "me", "my", "them", "than", "all",
    };

    /// <summary>Words as typed, folded but not stemmed, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                continue;
            }

            if ((c == '\'' || c == '’') && sb.Length > 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                var word = Fold(sb);
                sb.Clear();
                if (word.Length > 0)
                {
                    yield return word;
                }
            }
        }

        if (sb.Length > 0)
        {
            var word = Fold(sb);
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    /// <summary>Index terms with their word positions; stop words keep their position so phrases stay exact.</summary>
    public static List<(string Term, int Position)> Terms(string text, Dictionary<string, string>? surfaceForms = null)
    {
        var result = new List<(string, int)>();
        var position = 0;
        foreach (var word in Words(text))
        {
            if (!StopWords.Contains(word))
            {
                var term = Stem(word);
                result.Add((term, position));
                surfaceForms?.TryAdd(term, word);
            }

            position++;
        }

        return result;
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !char.IsLetter(word[0]))
        {
            return word;
        }

        stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string Fold(StringBuilder sb)
    {
        var s = sb.Length > MaxTokenLength ? sb.ToString(0, MaxTokenLength) : sb.ToString();
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
