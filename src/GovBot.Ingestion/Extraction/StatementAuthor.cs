using System.Text.RegularExpressions;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// The single speaker a title announces ("Statement by NSC Spokesperson Emily Horne on …",
/// "Statement by Sergey Lavrov (Minister for Foreign Affairs, Russian Federation) at the General Debate …").
/// </summary>
internal static partial class StatementAuthor
{
    public static (Mention? Person, bool Institutional, bool Several) FromTitle(string title)
    {
        if (Institutional().IsMatch(title))
        {
            return (null, true, false);
        }

        var m = ByLine().Match(title);
        if (!m.Success)
        {
            return (null, false, false);
        }

        var (who, paren) = SpeakerPhrase(m.Groups["rest"].Value);
        if (who is null)
        {
            return (null, m.Groups["rest"].Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase), false);
        }

        // "&" joins two people ("Press Secretary Jen Psaki & Deputy … Anne Neuberger") or two words of one title ("Cyber & Emerging Technologies").
        if (IsSeveral(who.Replace(" & ", " and ", StringComparison.Ordinal)))
        {
            return (null, false, true);
        }

        if (who.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, true, false);
        }

        var mention = Describe(who, paren);
        return (mention, false, false);
    }

    /// <summary>
    /// A paragraph that is only a byline, "Statement by White House Press Secretary Jen Psaki:", opening that person's
    /// part of a release that carries several statements.
    /// </summary>
    public static Mention? FromHeading(string paragraph)
    {
        var m = HeadingLine().Match(paragraph.Trim());
        if (!m.Success)
        {
            return null;
        }

        var (who, paren) = SpeakerPhrase(m.Groups["rest"].Value);
        // "&" may sit inside one title ("Cyber & Emerging Technology") here, since a heading introduces one person's words.
        return who is null || who.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || IsSeveral(who) ? null : Describe(who, paren);
    }

    private static bool IsSeveral(string who) =>
        who.Contains(" and President", StringComparison.Ordinal) ||
        Regex.IsMatch(who, @"\band (?:President|Prime|Secretary|Deputy|Minister|Vice|Chancellor|Mr|Ms|Dr|Ambassador)\b");

    /// <summary>The speaker phrase ends at the first "on/at/for …" after which its last word is a name: "… Advisor for Cyber … Anne Neuberger on …".</summary>
    private static (string? Who, string? Paren) SpeakerPhrase(string rest)
    {
        foreach (var cut in Cuts().Matches(rest).Select(c => c.Index).Where(i => rest[..i].Count(c => c == '(') == rest[..i].Count(c => c == ')')).Append(rest.Length))
        {
            var candidate = rest[..cut].Trim();
            var open = candidate.IndexOf('(', StringComparison.Ordinal);
            string? inParens = null;
            if (open > 0)
            {
                var close = candidate.IndexOf(')', open);
                inParens = close > open ? candidate[(open + 1)..close] : null;
                candidate = candidate[..open].Trim();
            }

            var words = Tokenizer.Tokenize(candidate, 0, candidate.Length);
            if (words.Count > 0 && Vocabulary.IsNameWord(words[^1]))
            {
                return (candidate, inParens);
            }
        }

        return (null, null);
    }

    private static Mention? Describe(string who, string? paren)
    {
        var tokens = Tokenizer.Tokenize(who, 0, who.Length);
        var mention = MentionParser.NamePhrase(who, tokens);
        if (mention is null)
        {
            return null;
        }

        if (paren is not null)
        {
            var comma = paren.LastIndexOf(',');
            var post = comma > 0 ? paren[..comma].Trim() : paren.Trim();
            var country = comma > 0 ? MapCountryName(paren[(comma + 1)..]) : null;
            var postTokens = Tokenizer.Tokenize(post, 0, post.Length);
            var (parsedTitle, org, postCountry) = RolePhrase.Parse(post, postTokens);
            mention = mention with
            {
                Title = parsedTitle ?? (post.Length > 0 ? post : null),
                Organization = org,
                Country = country ?? postCountry,
            };
        }

        return mention with { Start = -1, End = -1 };
    }

    /// <summary>"Republic of Latvia" → Latvia, "United Kingdom of Great Britain and Northern Ireland" → United Kingdom.</summary>
    public static string? MapCountryName(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            if (Lexicons.Countries.Normalize(string.Join(' ', words.Skip(words.Length - n))) is { } bySuffix)
            {
                return bySuffix;
            }

            if (Lexicons.Countries.Normalize(string.Join(' ', words.Take(n))) is { } byPrefix)
            {
                return byPrefix;
            }
        }

        return words.Length > 0 ? name.Trim() : null;
    }

    [GeneratedRegex(@"^(?:Joint\s+|Opening\s+|Closing\s+|Prepared\s+|Keynote\s+)?(?:Statements?|Remarks|Address|Speech|Article|Op-Ed|Message|Letter)\b[^()]*?\b(?:by|from)\s+(?<rest>.+)$")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?:Opening\s+|Closing\s+|Prepared\s+)?(?:Statement|Remarks|Message)\s+(?:by|from)\s+(?<rest>[^.:]{3,160}):$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+(?:on|at|to|for|before|in|regarding|about|published|following|during|announcing|with|after)\b")]
    private static partial Regex Cuts();

    [GeneratedRegex(@"^(Fact Sheet|FACT SHEET|Joint Declaration|Joint Leaders|Quad Leaders|.*\bJoint\b.*\bStatement\b|.*\bLeaders[’']? (Joint )?Statement(?:\b|(?=[A-Z]))|.*\bJoint Declaration\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Institutional();
}
