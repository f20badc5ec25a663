namespace GovBot.Core.Features.Ask;

/// <summary>A region named where a country could be ("Which European country …", "Has any Gulf state …", "anyone in Africa").</summary>
public static partial class QuestionParser
{
    /// <summary>Words for a country, its government or its people that a region word can describe ("Baltic republic", "Asian leaders").</summary>
    private static readonly HashSet<string> PeopleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "country", "countries", "nation", "nations", "state", "states", "government", "governments", "republic", "republics",
        "kingdom", "kingdoms", "monarchy", "monarchies", "member", "members", "leader", "leaders", "president", "presidents",
        "premier", "prime", "minister", "ministers", "diplomat", "diplomats", "delegation", "delegations", "delegate", "delegates",
        "ally", "allies", "partner", "partners", "democracy", "democracies", "neighbour", "neighbours", "neighbor", "neighbors",
        "official", "officials", "head", "heads", "representative", "representatives", "envoy", "envoys", "capital", "capitals",
        "power", "powers", "counterpart", "counterparts", "voice", "voices", "speaker", "speakers", "island", "islands",
    };

    /// <summary>Who may stand before "in", "from" or "across" a region for it to say where the speaker is ("anyone in Europe", "leaders from Africa").</summary>
    private static readonly HashSet<string> Someone = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "anyone", "anybody", "someone", "somebody", "everyone", "nobody", "one",
    };

    private const int LongestRegionName = 4;

    /// <summary>
    /// The region the question names as where its speaker is from, and the tokens naming it (with the country word after an
    /// adjective). A region that follows a word of direction ("help to African countries", "talks with Gulf states") is what
    /// was spoken of, not who spoke, and "European Union" is a body: neither is read.
    /// </summary>
    private static (Region Region, int Start, int Length)? FindRegion(List<string> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = Math.Min(LongestRegionName, tokens.Count - i); n >= 1; n--)
            {
                if (used.Skip(i).Take(n).Any(u => u) ||
                    !AskLexicon.Regions.TryGetValue(string.Join(' ', tokens.Skip(i).Take(n)), out var region))
                {
                    continue;
                }

                if (DescribesPeople(tokens, i + n) is { } people && !AfterDirection(tokens, i))
                {
                    return (region, i, people - i + 1);
                }

                if (WhereSomeoneIs(tokens, i))
                {
                    return (region, i, n);
                }
            }
        }

        return null;
    }

    /// <summary>The index of the country or people word right after a region word, or one word later ("Asian island nations").</summary>
    private static int? DescribesPeople(List<string> tokens, int next)
    {
        for (var k = next; k < Math.Min(tokens.Count, next + 2); k++)
        {
            if (PeopleWords.Contains(WithoutPossessive(tokens[k])))
            {
                return k;
            }

            // "European Union", "Gulf Cooperation Council": a capitalised word after the region names a body of its own.
            if (char.IsUpper(tokens[k][0]))
            {
                return null;
            }
        }

        return null;
    }

    private static bool AfterDirection(List<string> tokens, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (Destination.Contains(tokens[k]))
            {
                return true;
            }

            if (!char.IsLower(tokens[k][0]) || QuestionWords.Contains(tokens[k]) && tokens[k].ToLowerInvariant() is not ("the" or "a" or "any"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"anyone in Europe", "who from the Gulf", "leaders across Africa".</summary>
    private static bool WhereSomeoneIs(List<string> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 1 && tokens[k].ToLowerInvariant() is "in" or "from" or "across" or "throughout" &&
               (Someone.Contains(tokens[k - 1]) || PeopleWords.Contains(tokens[k - 1]));
    }
}
