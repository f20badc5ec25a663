namespace GovBot.Ingestion.Summaries;

/// <summary>
/// Finds whole-word phrases case-insensitively, words joined by spaces or hyphens, longest phrase first at each
/// place, without overlaps. A walk over words replaces one regular expression of every phrase, which cost a third
/// of extraction time because the engine tried the alternation at every character.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node root = new();

    /// <summary>Adds a phrase ("cross-border data flows"); matching it reports <paramref name="label"/>.</summary>
    public void Add(string phrase, string label)
    {
        var node = root;
        var words = phrase.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            node = node.Child(word);
        }

        if (words.Length > 0)
        {
            node.Label ??= label;
        }
    }

    /// <summary>The label of every phrase found in <paramref name="text"/>, in text order.</summary>
    public IEnumerable<string> Matches(string text)
    {
        var position = 0;
        while (NextWord(text, position) is var (start, end) && start >= 0)
        {
            var (label, matchEnd) = Longest(text, start, end);
            if (label is not null)
            {
                yield return label;
                position = matchEnd;
            }
            else
            {
                position = end;
            }
        }
    }

    private (string? Label, int End) Longest(string text, int start, int end)
    {
        string? best = null;
        var bestEnd = end;
        var node = root;
        while (true)
        {
            if (!node.TryChild(text.AsSpan(start, end - start), out node))
            {
                return (best, bestEnd);
            }

            if (node.Label is not null)
            {
                best = node.Label;
                bestEnd = end;
            }

            // The next word must follow after spaces or hyphens only.
            var gap = end;
            while (gap < text.Length && (char.IsWhiteSpace(text[gap]) || text[gap] == '-'))
            {
                gap++;
            }

            if (gap == end || gap >= text.Length || !IsWordChar(text[gap]))
            {
                return (best, bestEnd);
            }

            start = gap;
            end = WordEnd(text, gap);
        }
    }

    private static (int Start, int End) NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        return i >= text.Length ? (-1, -1) : (i, WordEnd(text, i));
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    // The characters a regular expression's \w accepts, so word edges fall where \b put them.
    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    private sealed class Node
    {
        private Dictionary<string, Node>? children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;

        // Most words of a text start no phrase: a first-letter mask and the length range reject them before hashing.
        private ulong firstLetters;
        private bool anyOtherFirst;
        private int shortest = int.MaxValue;
        private int longest;

        public string? Label { get; set; }

        public Node Child(string word)
        {
            if (children is null)
            {
                children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!children.TryGetValue(word, out var child))
            {
                child = new Node();
                children[word] = child;
                shortest = Math.Min(shortest, word.Length);
                longest = Math.Max(longest, word.Length);
                if (LetterBit(word[0]) is { } bit)
                {
                    firstLetters |= bit;
                }
                else
                {
                    anyOtherFirst = true;
                }
            }

            return child;
        }

        public bool TryChild(ReadOnlySpan<char> word, out Node child)
        {
            if (children is not null && word.Length >= shortest && word.Length <= longest &&
                (LetterBit(word[0]) is { } bit ? (firstLetters & bit) != 0 : anyOtherFirst) &&
                lookup.TryGetValue(word, out var found))
            {
                child = found;
                return true;
            }

            child = this;
            return false;
        }

        private static ulong? LetterBit(char c) => char.IsAsciiLetter(c) ? 1UL << (char.ToLowerInvariant(c) - 'a') : null;
    }
}
