using System.Globalization;
using System.Text.RegularExpressions;
using GovBot.Core.Text;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// Reads a plain-language question: its type, a time limit ("in 2021", "before 2015", "since 2020", "last year"),
/// a country (names, demonyms, capitals standing for governments), a role ("the US national security advisor"),
/// capitalised name candidates, and the topic words that remain. A pure function of the text and today's date.
/// </summary>
public static partial class QuestionParser
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "who", "whom", "when", "where", "why", "how", "which", "did", "does", "do", "has", "have", "had", "is", "was", "were",
        "are", "anyone", "anybody", "someone", "any", "official", "officials", "say", "said", "says", "saying", "talk", "talked",
        "speak", "spoke", "mention", "mentioned", "about", "on", "regarding", "concerning", "the", "a", "an", "of", "to", "in", "for",
        "and", "or", "ever", "tell", "told", "me", "us", "government", "state", "country", "call", "called", "comment", "commented",
        "discuss", "discussed", "address", "addressed", "statement", "statements", "view", "views", "position", "think", "thinks",
        "stance", "warn", "warned", "describe", "described", "with", "from", "by", "its", "their", "his", "her", "that", "this",
        "there", "been", "be", "it", "something", "anything", "publicly", "claim", "claimed", "refer", "referred", "s",
        "at", "propose", "proposed", "proposes", "blame", "blamed", "blames", "announce", "announced", "announces", "welcome",
        "welcomed", "raise", "raised", "bring", "brought", "give", "gave", "make", "made", "first", "ever", "anyone's", "mean",
        "express", "expressed", "stress", "stressed", "urge", "urged", "emphasize", "emphasized", "emphasise", "emphasised",
        "complain", "complained", "criticize", "criticized", "criticise", "criticised", "argue", "argued", "insist", "insisted",
        "suggest", "suggested", "acknowledge", "acknowledged", "explain", "explained", "declare", "declared", "reiterate", "reiterated",
    };

    private static readonly HashSet<string> Addressing = new(StringComparer.OrdinalIgnoreCase)
    {
        "tell", "told", "ask", "asked", "meet", "met", "brief", "briefed", "assure", "assured", "inform", "informed",
        "give", "gave", "hand", "handed", "send", "sent", "show", "showed",
    };

    /// <summary>Verbs whose "to" names who was spoken to ("what did the regulator's head report to Putin"), not who spoke.</summary>
    private static readonly HashSet<string> SpokenTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "said", "report", "reported", "explain", "explained", "write", "wrote", "speak", "spoke", "talk", "talked",
        "complain", "complained", "describe", "described", "propose", "proposed", "suggest", "suggested", "send", "sent", "pledge", "pledged",
    };

    /// <summary>Words before a country that make it a place gone to or talked about ("his trip to Israel", "about China"), not the speaker's.</summary>
    private static readonly HashSet<string> Destination = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "into", "for", "with", "against", "toward", "towards", "about", "on", "regarding", "concerning", "over", "visit", "visited",
    };

    public static ParsedQuestion Parse(string question, DateOnly today)
    {
        var text = Spaces().Replace(question.Trim(), " ");
        var lower = text.ToLowerInvariant();
        var type = lower.StartsWith("who ", StringComparison.Ordinal) || lower.StartsWith("which official", StringComparison.Ordinal) ? QuestionType.Who
            : HasAnyone().IsMatch(lower) ? QuestionType.HasAnyone
            : lower.StartsWith("when ", StringComparison.Ordinal) ? QuestionType.When
            : QuestionType.What;

        var (from, to, withoutTime) = Time(text, today);

        // "at the UN" says where something was said, not what about: UN speeches seldom name the UN where they speak of
        // cybersecurity, so the venue ranks documents from there higher instead of being a topic word they must contain.
        var venue = UnVenue().Match(withoutTime);
        if (venue.Success)
        {
            withoutTime = withoutTime.Remove(venue.Index, venue.Length).Insert(venue.Index, " ");
        }

        // Other forums ("at the IGF", "during the 12th Internet Governance Forum") likewise say where, not what about; their
        // abbreviations would otherwise be read as a person's name or held as a word every answer must contain.
        Venue? otherVenue = null;
        if (!venue.Success && OtherVenue.Match(withoutTime) is { Success: true } forum)
        {
            otherVenue = AskLexicon.Venues.First(v => v.Names.Contains(forum.Groups["venue"].Value, StringComparer.OrdinalIgnoreCase));
            withoutTime = withoutTime.Remove(forum.Index, forum.Length).Insert(forum.Index, " ");
        }

        // "the Biden administration" is the US government speaking, where it stands in the question, not a person's name.
        withoutTime = Administration().Replace(withoutTime, " Washington ");

        var tokens = Words().Matches(withoutTime).Select(m => m.Value).ToList();
        var used = new bool[tokens.Count];

        var roleWords = new List<string>();
        string? rolePhrase = null;
        var joined = string.Join(' ', tokens).ToLowerInvariant();
        foreach (var (phrase, words) in AskLexicon.Roles)
        {
            var at = Regex.Match(joined, @"\b" + Regex.Escape(phrase) + @"\b");
            if (at.Success)
            {
                roleWords.AddRange(words);
                rolePhrase = phrase;
                MarkPhrase(tokens, used, phrase);
                FreeCountryWords(tokens, used);
                break;
            }

            if (HeadOf(phrase) is { } loose && loose.Match(joined) is { Success: true } described)
            {
                // "the new chief of Russia's internet watchdog" is the table's "head of the internet watchdog".
                roleWords.AddRange(words);
                rolePhrase = phrase;
                MarkSpan(used, joined, described);
                FreeCountryWords(tokens, used);
                break;
            }
        }

        // A region named as where the speaker is ("Which European country …") stands in for a country; its words are no name or topic.
        var region = FindRegion(tokens, used);
        if (region is { } regionSpan)
        {
            for (var k = regionSpan.Start; k < regionSpan.Start + regionSpan.Length; k++)
            {
                used[k] = true;
            }
        }

        // The first country named is the one asked about ("Albania's prime minister … the Iranian cyberattack"); in a
        // "who" question a country is what was talked about, not who talked.
        string? country = null;
        (int Start, int Length)? countrySpan = null;
        for (var i = 0; i < tokens.Count && country is null; i++)
        {
            // "who in Beijing responded", "who from Russia said": the one place a "who" question names the speaker's country.
            var speakerOfWho = i == 2 && tokens[1].ToLowerInvariant() is "in" or "from";
            if (type == QuestionType.Who && !speakerOfWho)
            {
                continue;
            }

            for (var n = Math.Min(3, tokens.Count - i); n >= 1; n--)
            {
                if (used.Skip(i).Take(n).Any(u => u))
                {
                    continue;
                }

                var candidate = string.Join(' ', tokens.Skip(i).Take(n));
                if (candidate.Length > 1 && !IsCommonWord(candidate) && CountryNames.Shared.Normalize(candidate) is { } found &&
                    !(n > 1 && tokens[i].Equals("the", StringComparison.OrdinalIgnoreCase)) &&
                    !(i > 0 && Destination.Contains(tokens[i - 1]) && !speakerOfWho))
                {
                    country = found;
                    countrySpan = (i, n);
                    break;
                }
            }
        }

        // A country named after the region ("Which European country backed the US …") is what was spoken of; one named before
        // it ("did the US praise any Asian country") says who spoke, and the region is what was spoken of.
        if (region is { } r && countrySpan is { } c)
        {
            if (c.Start > r.Start)
            {
                country = null;
            }
            else
            {
                region = null;
            }
        }

        // "What did Brazil say", "who in Beijing responded": the country says who spoke. "Which Chinese agency did the US blame"
        // names it elsewhere, as what was spoken of as often as who spoke.
        var countryAsSubject = countrySpan is { } named && (
            (named.Start == 2 && tokens[1].ToLowerInvariant() is "in" or "from") ||
            (SlotRange(tokens) is { } range && named.Start >= range.Start && named.Start < range.End));
        if (countrySpan is { } span)
        {
            for (var k = span.Start; k < span.Start + span.Length; k++)
            {
                used[k] = true;
            }
        }

        // "the homeland security advisor", "speakers at the UN": a subject that describes an office or a group says who spoke,
        // not what about. An office no role phrase covers becomes role words in its own right.
        var slot = SubjectSlot(tokens, used);
        if (slot.Any(i => AskLexicon.SubjectNouns.Contains(tokens[i])))
        {
            if (roleWords.Count == 0 && AskLexicon.Offices.Contains(tokens[slot[^1]]))
            {
                roleWords.AddRange(slot.Select(i => RoleStem(tokens[i])));
                rolePhrase = string.Join(' ', slot.Select(i => tokens[i]));
            }

            slot.ForEach(i => used[i] = true);
        }

        // "What did Biden tell Putin …": the person spoken to is neither the speaker nor something the words are about.
        for (var i = 1; i < tokens.Count; i++)
        {
            // After "to", only a name: "proposed to ban" is what was proposed.
            var spokenTo = Addressing.Contains(tokens[i - 1]) ||
                           (i >= 2 && char.IsUpper(tokens[i][0]) && tokens[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && SpokenTo.Contains(tokens[i - 2]));
            if (!used[i] && !QuestionWords.Contains(tokens[i]) && spokenTo)
            {
                // A lower-case question names its addressee in one word ("who told putin that …").
                used[i] = true;
                for (var j = i + 1; j < tokens.Count && char.IsUpper(tokens[i][0]) && char.IsUpper(tokens[j][0]) && !QuestionWords.Contains(tokens[j]); j++)
                {
                    used[j] = true;
                }
            }
        }

        var names = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || !char.IsUpper(tokens[i][0]) || (i == 0 && QuestionWords.Contains(tokens[i])) || AskLexicon.VenueNames.Contains(tokens[i]))
            {
                continue;
            }

            var j = i;
            while (j < tokens.Count && !used[j] && char.IsUpper(tokens[j][0]) && !QuestionWords.Contains(tokens[j]) &&
                   CountryNames.Shared.Normalize(tokens[j]) is null)
            {
                j++;
            }

            if (j > i)
            {
                names.Add(string.Join(' ', tokens.Skip(i).Take(j - i)));
                i = j - 1;
            }
        }

        // Lower-case questions may still name someone ("what did putin say", "dilma roussef"): pairs and single words are candidates.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!used[i] && !used[i + 1] && char.IsLower(tokens[i][0]) && char.IsLower(tokens[i + 1][0]) &&
                !QuestionWords.Contains(tokens[i]) && !QuestionWords.Contains(tokens[i + 1]))
            {
                names.Add(tokens[i] + " " + tokens[i + 1]);
            }
        }

        names.AddRange(tokens.Where((t, i) => !used[i] && !QuestionWords.Contains(t) && t.Length >= 3 && char.IsLower(t[0]) &&
                                              CountryNames.Shared.Normalize(t) is null));

        var topic = string.Join(' ', tokens.Where((t, i) => !used[i] && !QuestionWords.Contains(t)));
        return new ParsedQuestion(type, topic, names.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), country, roleWords, from, to)
        {
            NamedSubject = NamedSubject(tokens, used),
            SubjectWords = SubjectSlot(tokens, used).Concat(AccordingTo(tokens)).Select(i => WithoutPossessive(tokens[i])).ToList(),
            CountryAsSubject = countryAsSubject,
            // "did Putin say hackers went after ministries' pages during 2015": things happen during a year; words are said in it.
            AsksWhatWasSaid = SlotRange(tokens) is not null && !DuringYear().IsMatch(text),
            ActorWords = ActorSlot(tokens).Select(i => WithoutPossessive(tokens[i])).ToList(),
            RolePhrase = rolePhrase,
            AtUnitedNations = venue.Success,
            Venue = otherVenue,
            Region = region?.Region,
        };
    }

    /// <summary>"Russia's" → "Russia"; the possessive is the question's grammar, not part of the name or word.</summary>
    internal static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    /// <summary>The start of a word, enough to find it in a title whatever its ending ("advis" for adviser and advisor).</summary>
    private static string RoleStem(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower;
    }

    /// <summary>Country names that are also everyday words; "US" in capitals is the country, "us" the pronoun.</summary>
    private static bool IsCommonWord(string candidate) => candidate == "us" || candidate.ToLowerInvariant() is "chad" or "georgia" or "jordan";

    /// <summary>
    /// A role may name its country ("the Kremlin spokesman", "India's external affairs minister"): the country is still read,
    /// so that it holds when no one with that title is on record and the role is set aside.
    /// </summary>
    private static void FreeCountryWords(List<string> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = Math.Min(2, tokens.Count - i); n >= 1; n--)
            {
                if (used.Skip(i).Take(n).All(u => u) && CountryNames.Shared.Normalize(WithoutPossessive(string.Join(' ', tokens.Skip(i).Take(n)))) is not null)
                {
                    Array.Fill(used, false, i, n);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "head of the X" as people also say it: "chief of X", "boss of Russia's X", "head of its big state X"; the country
    /// named stays a country.
    /// </summary>
    private static Regex? HeadOf(string phrase) =>
        phrase.StartsWith("head of the ", StringComparison.Ordinal)
            ? LooseRoles.GetOrAdd(phrase, p => new Regex(@"\b(?:head|chief|boss)\s+of\s+(?:the\s+|its\s+|their\s+|[\p{L}.-]+['’]s\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?" +
                Regex.Escape(p["head of the ".Length..]) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            : null;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> LooseRoles = new(StringComparer.Ordinal);

    /// <summary>Marks the tokens a match in the space-joined tokens covers.</summary>
    private static void MarkSpan(bool[] used, string joined, Match match)
    {
        var first = joined[..match.Index].Count(c => c == ' ');
        var count = match.Value.Count(c => c == ' ') + 1;
        Array.Fill(used, true, first, Math.Min(count, used.Length - first));
    }

    private static void MarkPhrase(List<string> tokens, bool[] used, string phrase)
    {
        var words = phrase.Split(' ');
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            if (words.Select((w, k) => string.Equals(tokens[i + k], w, StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                for (var k = 0; k < words.Length; k++)
                {
                    used[i + k] = true;
                }

                return;
            }
        }
    }

    /// <summary>
    /// "at the UN", "told the General Assembly", "told the world body" (as the press calls the UN), and the Assembly or its
    /// debate named any way ("did the UN General Assembly hear …", "used the General Debate to …", "in his UN speech"); the UN
    /// alone without a preposition is a topic ("the UN's role"), and so is an Assembly resolution.
    /// </summary>
    [GeneratedRegex(@"\b(?:at|to|before|in|during|inside|tell|told|address|addressed)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+General\s+Assembly|\s+Security\s+Council)?|General\s+Assembly|world\s+(?:body|organi[sz]ation))\b" +
                    @"|\b(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?General\s+(?:Assembly|Debate)\b(?!\s+resolution)(?:\s+(?:speech|speeches|address|addresses|remarks|statement|statements)\b)?" +
                    @"|\b(?:UN|U\.N\.|United\s+Nations)\s+(?:speech|speeches|address|addresses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnVenue();

    [GeneratedRegex(@"\b(?:the\s+)?(?:Biden|Trump|Obama|Bush|Clinton|Harris|Biden[-–]Harris)(?:[’']s)?\s+(?:administration|White\s+House)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Administration();

    // Interpreted, not compiled: a question is at most 500 characters, and a compiled pattern's code is compiled on its first
    // match, inside the timeout, which a busy machine could exceed.
    private static readonly Regex OtherVenue = new(
        @"\b(?:at|to|before|in|during|inside|address|addressed)\s+(?:the\s+|a\s+|this\s+year's\s+|last\s+year's\s+)?" +
        @"(?:\d{1,2}(?:st|nd|rd|th)\s+|annual\s+|latest\s+|last\s+|first\s+)?(?<venue>" +
        string.Join('|', AskLexicon.VenueNames.OrderByDescending(n => n.Length).Select(Regex.Escape)) +
        @")(?:\s+(?:meeting|meetings|summit|session|sessions|conference|talks|forum))?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.'’-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(has|have|did|does|had|is there)\s+(anyone|anybody|any\s+\w+|someone)\b")]
    private static partial Regex HasAnyone();
}
