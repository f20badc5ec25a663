using System.Globalization;
using System.Text.RegularExpressions;

namespace GovBot.Core.Features.Ask;

/// <summary>Time limits a question sets: "in 2021", "before 2015", "since 2020", "between 2016 and 2018", "in the early 2010s", "last year".</summary>
public static partial class QuestionParser
{
    private static (int? From, int? To, string Remainder) Time(string text, DateOnly today)
    {
        int? from = null, to = null;
        string Cut(Match m)
        {
            var rest = text.Remove(m.Index, m.Length);
            text = rest;
            return rest;
        }

        static int Year(string s) => int.Parse(s, CultureInfo.InvariantCulture);

        if (Between().Match(text) is { Success: true } between)
        {
            (from, to) = (Year(between.Groups[1].Value), Year(between.Groups[2].Value));
            Cut(between);
        }
        else if (Before().Match(text) is { Success: true } before)
        {
            to = Year(before.Groups[1].Value) - 1;
            Cut(before);
        }
        else if (After().Match(text) is { Success: true } after)
        {
            from = Year(after.Groups[1].Value) + 1;
            Cut(after);
        }
        else if (Since().Match(text) is { Success: true } since)
        {
            from = Year(since.Groups[1].Value);
            Cut(since);
        }
        else if (Decade().Match(text) is { Success: true } decade)
        {
            var first = Year(decade.Groups["decade"].Value + "0");
            (from, to) = decade.Groups["part"].Value.ToLowerInvariant() switch
            {
                "early" => (first, first + 3),
                "mid" => (first + 4, first + 6),
                "late" => (first + 7, first + 9),
                _ => (first, first + 9),
            };
            Cut(decade);
        }
        else if (InYear().Match(text) is { Success: true } inYear)
        {
            from = to = Year(inYear.Groups[1].Value);
            Cut(inYear);
        }
        else if (EventYear().Match(text) is { Success: true } eventYear)
        {
            from = to = Year(eventYear.Groups[1].Value);
            text = text.Remove(eventYear.Groups[1].Index, eventYear.Groups[1].Length);
        }
        else if (LastYear().Match(text) is { Success: true } last)
        {
            from = to = today.Year - 1;
            Cut(last);
        }
        else if (ThisYear().Match(text) is { Success: true } thisYear)
        {
            from = to = today.Year;
            Cut(thisYear);
        }
        else if (LastYears().Match(text) is { Success: true } recent)
        {
            from = today.Year - int.Parse(recent.Groups[1].Value, CultureInfo.InvariantCulture);
            Cut(recent);
        }

        return (from, to, text);
    }

    [GeneratedRegex(@"\bbetween\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\bbefore\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    [GeneratedRegex(@"\bafter\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    [GeneratedRegex(@"\bsince\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    /// <summary>
    /// "in 2021", and a part of that year: "in July 2021", "on 19 July 2021", "in July 19, 2021", "in late 2024", "in
    /// mid-2019", "in the spring of 2007"; and a month someone did something in ("Trump's June 2025 order"). The year is
    /// what holds; the month would only narrow what the year already finds.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:in|during|from|on)|['’]s(?=\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s))\s+(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex InYear();

    /// <summary>"in the 2010s", "during the early 2000s", "the mid-2010s", "the late 1990s": a decade, or the part of it named.</summary>
    [GeneratedRegex(@"\b(?:(?:in|during|from|over|through(?:out)?)\s+)?the\s+(?:(?<part>early|mid|late)[\s-]+)?(?<decade>(?:19|20)\d)0[’']?s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    /// <summary>
    /// A year that dates the occasion of speaking ("their 2023 UN speeches", "the 2017 G20 summit", "his 2018 interview"): what
    /// was said there was said that year. A year before anything else ("the 2016 election") dates an event spoken of, not the
    /// speaking, and stays a word. A name may stand between the year and the occasion: "his June 2017 NBC interview", "the
    /// 2019 Munich speech".
    /// </summary>
    [GeneratedRegex(@"\b((?:19|20)\d{2})\s+(?=(?:(?-i:\p{Lu})[\p{L}.&-]*\s+){0,2}(?:UN|U\.N\.|United\s+Nations|General\s+(?:Assembly|Debate)|G-?20|G-?7|NATO|Quad|summit|session|conference|press\s+conference|speech|speeches|address|addresses|interview|interviews|briefing|remarks|joint\s+statement|fact\s+sheet|reply|message|letter|article|op-ed|statement|meeting|talks|phone\s+call|call)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EventYear();

    [GeneratedRegex(@"\bduring\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DuringYear();

    [GeneratedRegex(@"\blast\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastYear();

    [GeneratedRegex(@"\bthis\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"\b(?:in\s+)?the\s+(?:last|past)\s+(\d{1,2})\s+years\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastYears();
}
