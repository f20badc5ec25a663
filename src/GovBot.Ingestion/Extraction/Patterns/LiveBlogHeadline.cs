using System.Text.RegularExpressions;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A title-case headline inside a live blog, glued to the entry's time stamp and run into the entry's first sentence:
/// "… 9:12PMOrtiz Says The Levy Will Not Rise Mayor Dana Ortiz told …". The time stamp is what makes the title case safe to
/// read as a headline; the headline ends where the entry's sentence starts, at the first lower-case word, less the
/// speaker's name and titles that open that sentence.
/// </summary>
internal static partial class LiveBlogHeadline
{
    private const int MaxNameTitleWords = 5;
    private const int MinContentWords = 3;

    /// <summary>A headline's speaker as written, its verb, and where its words start and end.</summary>
    public sealed record Entry(string Name, string Verb, int Start, int End);

    /// <summary>The live-blog headlines that report speech; empty when the text has no time stamp glued to a capital.</summary>
    public static List<Entry> Find(string text)
    {
        var entries = new List<Entry>();
        if (!text.Contains("PM", StringComparison.Ordinal) && !text.Contains("AM", StringComparison.Ordinal))
        {
            return entries;
        }

        foreach (Match m in Stamped().Matches(text))
        {
            var name = m.Groups["name"].Value;
            var start = m.Groups["rest"].Index;
            var end = ContentEnd(text, start, name);
            if (end > start && text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinContentWords)
            {
                entries.Add(new Entry(name, m.Groups["verb"].Value.ToLowerInvariant(), start, end));
            }
        }

        return entries;
    }

    /// <summary>Where the title-case words after the verb end: before the first lower-case word, less the name and titles opening the next sentence.</summary>
    private static int ContentEnd(string text, int start, string name)
    {
        var words = new List<(int Start, int End)>();
        var at = start;
        while (at < text.Length && text[at] is not ('\n' or '.' or '!' or '?'))
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var wordStart = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (wordStart == at)
            {
                break;
            }

            var word = text[wordStart..at].TrimStart('\'', '‘', '“', '"');
            if (word.Length == 0 || char.IsLower(word[0]))
            {
                break;
            }

            words.Add((wordStart, at));
        }

        // "… On The Street Donald Ortiz, who …", "… Former Lakeland Gov. Dana Ortiz criticized …": the entry's sentence opens with the speaker.
        var surname = name.Split(' ')[^1];
        var cut = words.FindLastIndex(w => text[w.Start..w.End].TrimEnd(',', ':', ';') == surname);
        if (cut > 0)
        {
            var given = name.Split(' ');
            // The word before the surname is the given name the headline leaves out ("Dana Ortiz").
            var from = cut - 1;
            while (from - 1 >= 0 && cut - from < MaxNameTitleWords && IsNameOrTitle(text[words[from - 1].Start..words[from - 1].End], given, from - 2 >= 0 ? text[words[from - 2].Start..words[from - 2].End] : null))
            {
                from--;
            }

            words = words.GetRange(0, from);
        }

        return words.Count == 0 ? start : words[^1].End;
    }

    /// <summary>A word of the speaker's name, a title or honorific, or a place between a title modifier and a title ("Former Lakeland Gov.").</summary>
    private static bool IsNameOrTitle(string word, string[] name, string? before) =>
        name.Contains(word) || Vocabulary.Honorifics.Contains(word) || Vocabulary.IsRole(word) || Vocabulary.TitleModifiers.Contains(word) ||
        (before is not null && Vocabulary.TitleModifiers.Contains(before));

    [GeneratedRegex(@"\d{1,2}:\d{2}\s?[AP]M(?<name>(?:[A-Z][\p{L}'’.-]*\s){0,2}[A-Z][\p{L}'’-]*)\s(?<verb>Says|Tells|Warns)\s(?<rest>[A-Z0-9‘'“""])")]
    private static partial Regex Stamped();
}
