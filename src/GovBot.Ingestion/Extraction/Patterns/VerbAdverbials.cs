namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// Time words and short asides between a subject and its reporting verb, which the subject rules do not step over:
/// "Ortiz on Tuesday said …", "Ortiz last week said …", "Ortiz at the time said …", "Ortiz, however, said …",
/// "Ortiz earlier this month had said …", "Ortiz continues to warn …", "Ortiz went on to explain …". The subject ends where they start.
/// </summary>
internal static class VerbAdverbials
{
    private const int MaxSteps = 4;

    private static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "summer", "spring", "fall", "winter",
    };

    /// <summary>Single words that sit between a subject and its verb ("Ortiz however said", "Ortiz too has said").</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "too", "meanwhile", "subsequently", "eventually", "finally", "herself", "himself", "themselves", "ultimately",
        "originally", "famously", "earlier", "later", "once", "had", "has", "have", "also", "still", "now", "then", "previously",
        "repeatedly", "often", "already", "even", "just", "never", "reportedly", "publicly", "privately", "recently", "again",
        "first", "initially", "separately", "similarly", "further", "always", "openly", "flatly", "explicitly", "would", "will",
        "could", "did", "does", "only", "frequently", "routinely", "long",
    };

    /// <summary>Lower-case words in -ly that are nouns or adjectives, not adverbs ("the Ortiz family said").</summary>
    private static readonly HashSet<string> NotAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "family", "ally", "rally", "supply", "reply", "assembly", "bully", "belly", "monopoly", "anomaly", "daily", "weekly",
        "monthly", "yearly", "quarterly", "july", "italy", "holly", "lily", "jelly", "folly", "gully", "melee",
    };

    /// <summary>"Ortiz wrongly claimed …", "Ortiz has repeatedly insisted …": a manner adverb in -ly before the verb.</summary>
    public static bool IsMannerAdverb(Token t) =>
        t.IsWord && t.Text.Length >= 5 && char.IsLower(t.Text[0]) && t.Text.EndsWith("ly", StringComparison.Ordinal) &&
        t.Text.All(char.IsLetter) && !NotAdverbs.Contains(t.Text);

    /// <summary>Asides set off by commas: "Ortiz, however, said", "Ortiz, for her part, said".</summary>
    private static readonly string[][] CommaAsides =
    [
        ["however"], ["though"], ["too"], ["meanwhile"], ["in", "fact"], ["for", "instance"], ["for", "example"], ["for", "his", "part"],
        ["for", "her", "part"], ["for", "their", "part"], ["for", "its", "part"], ["in", "turn"], ["in", "contrast"], ["by", "contrast"],
        ["in", "response"], ["in", "particular"], ["at", "the", "time"], ["at", "least"], ["of", "course"], ["instead"], ["likewise"],
    ];

    /// <summary>
    /// Where the run of adverbials and auxiliaries ending right before <paramref name="verb"/> starts; <paramref name="verb"/>
    /// itself when there is none.
    /// </summary>
    public static int Start(List<Token> toks, int first, int verb)
    {
        var k = verb;
        var steps = 0;
        while (k - 1 > first && steps < MaxSteps)
        {
            var prev = toks[k - 1];
            if ((Adverbs.Contains(prev.Text) || IsMannerAdverb(prev)) && char.IsLower(prev.Text[0]))
            {
                k--;
                continue;
            }

            if (prev.Lower == "to" && k - 2 > first && toks[k - 2].Lower is "continue" or "continues" or "continued" or "continuing")
            {
                // "Ortiz continues to warn that …", "Ortiz has continued to insist …".
                k -= 2;
                continue;
            }

            if (prev.Lower == "to" && k - 3 > first && toks[k - 2].Lower == "on" && toks[k - 3].Lower is "went" or "goes" or "go" or "going")
            {
                // "Ortiz went on to explain that …".
                k -= 3;
                continue;
            }

            var before = k;
            k = TimeBefore(toks, first, k);
            if (k == before)
            {
                k = CommaAsideBefore(toks, first, k);
            }

            if (k == before)
            {
                break;
            }

            steps++;
        }

        return k;
    }

    /// <summary>"on Tuesday", "Tuesday", "last week", "earlier this month", "at the time", "in 2012", "on Dec. 7".</summary>
    private static int TimeBefore(List<Token> toks, int first, int k)
    {
        var last = k - 1;
        if (last <= first)
        {
            return k;
        }

        var word = toks[last];
        if (Periods.Contains(word.Text) && word.Text != "week" && last - 1 > first && Vocabulary.Days.Contains(toks[last - 1].Text) && toks[last - 1].IsCapitalized)
        {
            // "Ortiz on Tuesday evening said": the weekday's part of the day belongs to it.
            word = toks[--last];
        }

        if (Vocabulary.Days.Contains(word.Text))
        {
            var start = last;
            if (start - 1 > first && toks[start - 1].Lower is "on" or "last" or "this" or "next" or "earlier" or "late" or "early")
            {
                start--;
            }

            // "Ortiz Tuesday said": a bare weekday after a name; "Ortiz on Tuesday said".
            return start;
        }

        if (Periods.Contains(word.Text) && last - 2 > first && toks[last - 1].Lower == "past" && toks[last - 2].Lower is "this" or "the")
        {
            // "this past week", "the past month".
            return last - 2;
        }

        if (Periods.Contains(word.Text) && last - 1 > first && toks[last - 1].Lower is "last" or "this" or "next" or "that" or "the")
        {
            var start = last - 1;
            if (toks[start].Lower == "the" && start - 1 > first && toks[start - 1].Lower is "in" or "during" or "over" or "later" or "earlier")
            {
                start--;
            }
            else if (toks[start].Lower is "this" or "that" && start - 1 > first && toks[start - 1].Lower is "earlier" or "later")
            {
                start--;
            }

            return toks[start].Lower == "the" ? k : start;
        }

        if (word.Lower is "ago" && last - 2 > first && toks[last - 1].Lower is "weeks" or "days" or "months" or "years" or "week" or "month" or "year")
        {
            // "two weeks ago", "less than two weeks ago", "a year ago".
            var start = last - 2;
            while (start - 1 > first && start > last - 5 && toks[start - 1].Lower is "than" or "less" or "more" or "about" or "nearly" or "just")
            {
                start--;
            }

            return start;
        }

        if (word.Lower == "time" && last - 2 > first && toks[last - 1].Lower == "the" && toks[last - 2].Lower is "at")
        {
            return last - 2;
        }

        if (word.Text.Length == 4 && word.Text.All(char.IsDigit) && last - 1 > first && toks[last - 1].Lower == "in")
        {
            return last - 1;
        }

        return k;
    }

    /// <summary>", however," and the other comma asides, closing right before <paramref name="k"/>.</summary>
    private static int CommaAsideBefore(List<Token> toks, int first, int k)
    {
        if (k - 1 <= first || !toks[k - 1].IsPunct(','))
        {
            return k;
        }

        foreach (var aside in CommaAsides)
        {
            var open = k - 2 - aside.Length;
            if (open <= first || !toks[open].IsPunct(','))
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < aside.Length && matches; i++)
            {
                matches = string.Equals(toks[open + 1 + i].Text, aside[i], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return open;
            }
        }

        return k;
    }
}
