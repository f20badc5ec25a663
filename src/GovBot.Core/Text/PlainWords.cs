using System.Reflection;
using System.Text.RegularExpressions;

namespace GovBot.Core.Text;

/// <summary>
/// Puts a question's everyday phrases in the words the record uses ("server farms" → "data centers", "the feds" → "the
/// federal government"), from plain-words.txt. Officials speak in policy terms that a community's phrasing seldom
/// shares, and neither word search nor a small sentence model bridges "file-locking gangs" to "ransomware groups" alone.
/// </summary>
public static partial class PlainWords
{
    private static readonly IReadOnlyDictionary<string, string> Replacements = Load();
    private static readonly Regex? Phrases = Build(Replacements.Keys);

    /// <summary>Every phrase the lexicon puts in place of an everyday one.</summary>
    public static IEnumerable<string> RecordPhrases => Replacements.Values.Distinct(StringComparer.Ordinal);

    /// <summary>The question in the record's words, or null when it holds no phrase the lexicon rewrites.</summary>
    public static string? Rewrite(string question)
    {
        if (Phrases is null)
        {
            return null;
        }

        var rewritten = Phrases.Replace(question, m =>
        {
            var replacement = Replacements[Key(m.Value)];
            // A phrase that opened the question keeps its capital.
            return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
        });
        return rewritten == question ? null : rewritten;
    }

    /// <summary>How a phrase is looked up: lower case, one straight apostrophe, single spaces.</summary>
    private static string Key(string phrase) => Space().Replace(phrase.ToLowerInvariant().Replace('’', '\''), " ");

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines.Read(Assembly.GetExecutingAssembly(), ".Text.plain-words.txt"))
        {
            var parts = line.Split("=>", StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new InvalidDataException($"plain-words.txt: expected 'everyday phrase|another => record's phrase', got '{line}'");
            }

            foreach (var phrase in parts[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                map[Key(phrase)] = parts[1];
            }
        }

        return map;
    }

    /// <summary>One pattern of every phrase, longest first so "server farms" wins over "server farm", each whole words only.</summary>
    private static Regex? Build(IEnumerable<string> phrases)
    {
        var alternatives = phrases.OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ').Select(w => Regex.Escape(w).Replace("'", "['’]"))));
        var pattern = string.Join('|', alternatives);
        return pattern.Length == 0 ? null : new Regex($@"(?<![\w'’-])(?:{pattern})(?![\w'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
