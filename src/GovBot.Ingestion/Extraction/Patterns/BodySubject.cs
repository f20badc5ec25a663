using System.Text.RegularExpressions;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// A body that speaks in its own name with a speech verb and a clause: "The State Department has said it …", "The FBI said
/// …", "…, the agency said.". What a ministry or an agency says is what a tool about governments is for, so the body is the
/// speaker — but only when the document names no person who speaks for it: then the news (and the project's gold sets)
/// give the body's words to that official. A definite description ("the department", "the budget office") stands for the
/// body of that kind the article named before ("the Labor Department").
/// </summary>
internal static partial class BodySubject
{
    private const int MaxTokens = 7;
    private const int MaxModifiers = 2;

    /// <summary>Nouns a description of a body ends in ("the company", "the budget office"), a kind of body, not of people.</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "administration", "agency", "bureau", "campaign", "commission", "committee", "company", "department", "ministry", "office",
        "newspaper", "network", "court", "board", "embassy", "firm", "corporation", "institute", "foundation", "magazine",
        "group",
    };

    /// <summary>Words of a body's name that say what kind of body it is, not which one.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "for", "and", "national", "federal", "state", "department", "office", "ministry", "agency", "committee",
        "commission", "bureau", "board", "council", "administration", "campaign", "company", "united", "states", "u.s.", "us",
    };

    /// <summary>Modifiers that make a description another body than the one that spoke ("the rival company", "the parent firm").</summary>
    private static readonly HashSet<string> Contrasting = new(StringComparer.OrdinalIgnoreCase)
    {
        "other", "another", "rival", "parent", "former", "new", "second", "same", "competing", "sister", "previous",
    };

    internal static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "meanwhile", "however", "yet", "instead", "separately", "also", "then", "later",
    };

    /// <summary>
    /// Words that open a subordinate or second clause whose subject follows: "… after Zentrix announced …", "… but the
    /// Harbour Board said …". "As" and "if" are left out: "as the agency noted" reports the main clause, not what follows.
    /// </summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "when", "because", "since", "before", "while", "although", "though", "until", "once", "whereas", "but",
    };

    /// <summary>How many words two bodies joined by "and" may take together before their verb.</summary>
    private const int MaxCoordinatedTokens = 14;

    /// <summary>A body that speaks: its name as written and where its subject starts.</summary>
    public sealed record Voice(string Speaker, int Start)
    {
        /// <summary>
        /// Written as a description or a pronoun ("the commission said", "It said"), not by its name: the short-hand a
        /// reporter uses to retell what the body's official, quoted nearby, said.
        /// </summary>
        public bool Described { get; init; }
    }

    /// <summary>
    /// The body that is the subject of the speech verb at <paramref name="verb"/>, opening the clause at
    /// <paramref name="first"/> or after a comma; null when the subject is not a body. A bare description with no body of its
    /// kind named before stands for <paramref name="lastBody"/>, the body that spoke last, when there is one.
    /// </summary>
    public static Voice? Before(string text, List<Token> toks, int first, int verb, Func<string?>? lastBody = null, Dictionary<string, bool>? bareWords = null)
    {
        var end = SubjectPhrase.AuxiliariesStart(toks, first, verb);
        // "The Harbour Board only days ago said …", "The committee this week announced …": time words and
        // asides between the body and its verb are no part of its name.
        for (var k = 0; k < 2 && VerbAdverbials.Start(toks, first, end) is var adverbials && adverbials < end; k++)
        {
            end = SubjectPhrase.AuxiliariesStart(toks, first, adverbials);
        }

        end = AsideStart(toks, first, end);
        if (Coordinated(text, toks, first, end) is { } joint)
        {
            return joint;
        }

        if (PlaceGroupSubject.Before(text, toks, first, end) is { } places)
        {
            return places;
        }

        var start = end - 1;
        while (start - 1 >= first && end - start < MaxTokens && !toks[start - 1].IsPunct(',') && !Subordinators.Contains(toks[start - 1].Text))
        {
            start--;
        }

        // "… after Zentrix announced it was closing the plant": a body opening a subordinate clause is its subject too.
        if (start - 1 >= first && !toks[start - 1].IsPunct(',') && !Subordinators.Contains(toks[start - 1].Text))
        {
            return null;
        }

        // "The Department of Harbors, Fisheries and Coasts said": the words after the comma close a list inside a name.
        if (start - 2 >= first && toks[start - 1].IsPunct(',') && toks[start - 2].IsCapitalized && toks.FindIndex(start, end - start, t => t.Lower == "and") >= 0)
        {
            return null;
        }

        while (start < end && Openers.Contains(toks[start].Text))
        {
            start++;
        }

        // A body's name is capitalised or follows "the"; anything else ("officials", "he") is left without building the phrase.
        if (start >= end || !(toks[start].IsCapitalized || toks[start].Lower == "the"))
        {
            return null;
        }

        var words = toks.GetRange(start, end - start);
        if (words.Any(w => !w.IsWord && !w.IsPunct('.') && !w.IsPunct('&')))
        {
            return null;
        }

        var the = words[0].Lower == "the";
        var rest = the ? words.Skip(1).ToList() : words;
        if (rest.Count == 0)
        {
            return null;
        }

        // "The FBI", "the F.B.I.", "The Vatican": an acronym, or one capitalised word after the article, is a body's name, never a person's.
        if (rest.Count == 1 && (IsAcronym(rest[0].Text) || (the && rest[0].IsCapitalized && !Vocabulary.NonNameCapitals.Contains(rest[0].Text) && !MentionParser.IsPossessive(rest[0]))))
        {
            return new Voice(rest[0].Text, start);
        }

        // "State said …" after "the State Department": the department the article named before, by its short name.
        if (!the && rest.Count == 1 && rest[0].IsCapitalized && rest[0].Text.All(char.IsLetter) && DepartmentBefore(text, rest[0].Text, rest[0].Start) is { } department)
        {
            return new Voice(department, start);
        }

        // "Zentrix said …": one capitalised word that is no first name and that the article never writes as part of a
        // longer name or after an honorific is a company's or an outlet's name, not a person's surname.
        if (!the && rest.Count == 1 && rest[0].IsCapitalized && IsBareBody(text, rest[0].Text, bareWords))
        {
            return new Voice(rest[0].Text, start);
        }

        // "The State Department has said …", "Regardless, the Labor Department said …".
        if (OrganisationSubject.Before(text, toks, start, end) is { } named)
        {
            return new Voice(named, start);
        }

        // "the department", "the budget office": the article's body of that kind. With none named, the description is left out:
        // it may stand for the body of any official the article quotes.
        if (the && rest.Count <= MaxModifiers + 1 && Heads.Contains(rest[^1].Text) && rest.All(w => w.IsWord && char.IsLower(w.Text[0])))
        {
            var head = rest[^1].Lower;
            if (NamedBefore(text, head, toks[start].Start) is { } body && rest.SkipLast(1).All(w => Contains(body, w.Text)))
            {
                return new Voice(body, start) { Described = true };
            }

            // "Twitter said … The company said …", "… the social media company said": the body that spoke last, unless a
            // modifier sets the body apart from it ("the rival company").
            return !rest.Any(w => Contrasting.Contains(w.Text)) && lastBody?.Invoke() is { } last ? new Voice(last, start) { Described = true } : null;
        }

        return null;
    }

    private const int MaxAsideTokens = 25;

    /// <summary>
    /// Words that open an aside between a body and its verb: a preposition. A relative clause ("Europa, which led the
    /// raid, said …") is left out: the news gives such a body's words to the official it names next.
    /// </summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "with", "after", "amid", "despite", "under", "for", "through", "like", "unlike",
    };

    /// <summary>
    /// "The Ferris administration, in a broad effort to …, has said …": where the aside set off by commas before
    /// <paramref name="end"/> opens, or <paramref name="end"/> when there is none.
    /// </summary>
    private static int AsideStart(List<Token> toks, int first, int end)
    {
        if (end - 1 <= first || !toks[end - 1].IsPunct(','))
        {
            return end;
        }

        for (var open = end - 2; open > first && end - open <= MaxAsideTokens; open--)
        {
            if (toks[open].IsQuoteMark || toks[open].IsPunct(';') || toks[open].IsPunct('.'))
            {
                return end;
            }

            if (toks[open].IsPunct(','))
            {
                var opener = toks[open + 1];
                return opener.IsWord && (AsideOpeners.Contains(opener.Text) || (char.IsLower(opener.Text[0]) && opener.Text.EndsWith("ing", StringComparison.Ordinal)))
                    ? open
                    : end;
            }
        }

        return end;
    }

    /// <summary>
    /// "The Water Department and the Ministry of Ports have said …": two named bodies joined by "and" that
    /// open the clause speak together; the speaker is both names as written.
    /// </summary>
    private static Voice? Coordinated(string text, List<Token> toks, int first, int end)
    {
        var start = end - 1;
        while (start - 1 >= first && end - start < MaxCoordinatedTokens && !toks[start - 1].IsPunct(','))
        {
            start--;
        }

        if (start - 1 >= first && !toks[start - 1].IsPunct(','))
        {
            return null;
        }

        while (start < end && Openers.Contains(toks[start].Text))
        {
            start++;
        }

        // "The Water Department and …": the first body opens with its article, so a list ("…, Climate and Energy") is no pair of bodies.
        if (toks[start].Lower != "the")
        {
            return null;
        }

        var and = toks.FindIndex(start, end - start, t => t.Lower == "and");
        if (and <= start || and + 1 >= end || toks.FindIndex(and + 1, end - and - 1, t => t.Lower == "and") >= 0 ||
            OrganisationSubject.Before(text, toks, start, and) is not { } left || OrganisationSubject.Before(text, toks, and + 1, end) is null)
        {
            return null;
        }

        // Both halves must be bodies by a body word of their own: "Dana Reyes and the Tenants Union" is a person with a body.
        var leftStart = text.IndexOf(left, toks[start].Start, StringComparison.Ordinal);
        return leftStart < 0 ? null : new Voice(text[leftStart..toks[end - 1].End], start);
    }

    /// <summary>
    /// Whether a person the document quotes speaks for the body, so the body's own words are left to them: the body's
    /// distinctive words are in their organisation or title.
    /// </summary>
    public static bool Silenced(Voice voice, IEnumerable<Person> quoted)
    {
        var distinctive = Distinctive(voice.Speaker);
        return quoted.Any(p => Contains(p.Organization, voice.Speaker) || Contains(p.Title, voice.Speaker) ||
                               (distinctive.Count > 0 && distinctive.All(w => Contains(p.Organization, w) || Contains(p.Title, w))));
    }

    /// <summary>Whether one capitalised word is a body's name; the answer for the article is kept in <paramref name="known"/>, as it reads the whole text.</summary>
    private static bool IsBareBody(string text, string word, Dictionary<string, bool>? known)
    {
        if (known is null)
        {
            return ReadsAsBareBody(text, word);
        }

        if (!known.TryGetValue(word, out var bare))
        {
            known[word] = bare = ReadsAsBareBody(text, word);
        }

        return bare;
    }

    /// <summary>"Harbors Department" when the text names it before <paramref name="limit"/> and <paramref name="word"/> is its first word.</summary>
    private static string? DepartmentBefore(string text, string word, int limit)
    {
        var name = word + " Department";
        var at = text.LastIndexOf(name, Math.Max(0, limit - 1), StringComparison.Ordinal);
        return at >= 0 && at + name.Length <= limit && (at == 0 || !char.IsLetter(text[at - 1])) ? name : null;
    }

    private static bool ReadsAsBareBody(string text, string word)
    {
        if (word.Length < 3 || !(word.Skip(1).All(char.IsLower) || IsCamelCase(word) || IsBrandWithSuffix(word)) || Vocabulary.NonNameCapitals.Contains(word) || Vocabulary.Pronouns.Contains(word) ||
            Lexicon.Lexicons.FirstNameIsFemale.ContainsKey(word) || Lexicon.Lexicons.Countries.Normalize(word) is not null)
        {
            return false;
        }

        // The headline is written in title case, where every word is capitalised.
        var body = Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal));
        for (var at = text.IndexOf(word, body, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var endAt = at + word.Length;
            if (endAt < text.Length && char.IsLetter(text[endAt]) || at > 0 && char.IsLetter(text[at - 1]))
            {
                continue;
            }

            // "Steve Zentrix", "Mr. Zentrix", "Zentrix Jones": the word is a person's name in this article.
            var before = text[Math.Max(0, at - 12)..at].TrimEnd();
            var previous = before.Split(' ', '\n').LastOrDefault() ?? "";
            if (previous.Length > 0 && (char.IsUpper(previous[0]) && !previous.EndsWith(',') && !previous.EndsWith('.') && !Vocabulary.NonNameCapitals.Contains(previous) ||
                                        previous is "Mr." or "Mrs." or "Ms." or "Dr." or "Sen." or "Rep." or "Gov." or "Mr" or "Ms" or "Mrs" or "Dr"))
            {
                return false;
            }

            if (endAt + 1 < text.Length && text[endAt] == ' ' && char.IsUpper(text[endAt + 1]))
            {
                return false;
            }
        }

        // "More than ever, …": a word the article also writes in lower case is an ordinary word, not a body's name.
        return !WrittenInLowerCase(text, word);
    }

    private static bool WrittenInLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + lower.Length, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The body an "according to" source names ("the National Police Agency", "the department" for the one named before), as
    /// written without its article; null when it is not a body.
    /// </summary>
    public static string? Source(string text, List<Token> toks, int start, int end)
    {
        while (end > start && !toks[end - 1].IsWord)
        {
            end--;
        }

        if (end - start < 2 || toks[start].Lower != "the" || end - start > MaxTokens)
        {
            return null;
        }

        var rest = toks.GetRange(start + 1, end - start - 1);
        if (rest.All(w => w.IsWord && char.IsLower(w.Text[0])) && rest.Count <= MaxModifiers + 1 && Heads.Contains(rest[^1].Text))
        {
            return NamedBefore(text, rest[^1].Lower, toks[start].Start) is { } body && rest.SkipLast(1).All(w => Contains(body, w.Text)) ? body : null;
        }

        // "the New York Police Department": capitalised words and joiners closed by a body's head word.
        return rest.All(w => w.IsWord && (w.IsCapitalized || Vocabulary.Connectors.Contains(w.Text))) && rest[0].IsCapitalized && rest.Count >= 2 &&
               Lexicon.Lexicons.OrganizationHeads.Contains(rest[^1].Text) && !rest.Any(MentionParser.IsPossessive)
            ? text[rest[0].Start..rest[^1].End]
            : null;
    }

    /// <summary>
    /// "BuzzFeed", "PayPal": a brand written with a capital inside the word. Surnames written that way open with a
    /// particle ("McCain", "DeSantis", "LeBlanc", "VanDyke") and are left to the name rules.
    /// </summary>
    private static bool IsCamelCase(string word)
    {
        var inner = word.Skip(1).Count(char.IsUpper);
        if (word.Length < 5 || inner != 1 || !word.All(char.IsLetter) || char.IsUpper(word[1]) || char.IsUpper(word[^1]))
        {
            return false;
        }

        return !SurnamePrefixes.Any(prefix => word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length]));
    }

    /// <summary>"Dockstat-X", "Harbor-3": a brand with a short capital or numeric suffix; hyphenated surnames join two names.</summary>
    private static bool IsBrandWithSuffix(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash >= 3 && word.Length - dash - 1 is >= 1 and <= 2 && word[..dash].Skip(1).All(char.IsLower) &&
               word[(dash + 1)..].All(c => char.IsUpper(c) || char.IsDigit(c));
    }

    private static readonly string[] SurnamePrefixes = ["Mac", "Mc", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Del", "Della", "St", "Fitz", "Ben", "Al", "El", "O"];

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.Length <= 8 && (AllCaps().IsMatch(word) || DottedCaps().IsMatch(word)) && word is not ("U.S." or "US" or "UK" or "U.K." or "OK");

    private static List<string> Distinctive(string body) =>
        body.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0]) && !Generic.Contains(w)).ToList();

    private static bool Contains(string? field, string words)
    {
        if (string.IsNullOrEmpty(field))
        {
            return false;
        }

        for (var at = field.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = field.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var endAt = at + words.Length;
            if ((at == 0 || !char.IsLetter(field[at - 1])) && (endAt == field.Length || !char.IsLetter(field[endAt])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last body of the kind <paramref name="head"/> named before <paramref name="limit"/>: "the Labor Department", "the Ministry of Finance".</summary>
    private static string? NamedBefore(string text, string head, int limit)
    {
        for (var at = text.LastIndexOf(head, Math.Max(0, limit - 1), StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at == 0 ? -1 : text.LastIndexOf(head, at - 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + head.Length;
            if (end > limit || (at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’')))
            {
                continue;
            }

            // "the Labor Department", "the Obama administration": capitalised words before the head.
            var start = at;
            for (var words = 0; words < 4 && start >= 2 && text[start - 1] == ' ' && (char.IsLetter(text[start - 2]) || text[start - 2] is '.' or '&') &&
                                WordStart(text, start - 1) is var w && w < start - 1 && char.IsUpper(text[w]); words++)
            {
                start = w;
            }

            if (start < at)
            {
                var name = StripArticle(text[start..end]);
                if (!(name.Split(' ').Length == 2 && Vocabulary.NonNameCapitals.Contains(name.Split(' ')[0])))
                {
                    return name;
                }
            }

            // "the Department of Labor", "the Ministry of Finance".
            if (char.IsUpper(text[at]) && string.CompareOrdinal(text, end, " of ", 0, 4) == 0)
            {
                var after = end + 4;
                if (string.CompareOrdinal(text, after, "the ", 0, 4) == 0)
                {
                    after += 4;
                }

                var stop = after;
                for (var words = 0; words < 4 && stop < limit && char.IsUpper(text[stop]); words++)
                {
                    var next = stop;
                    while (next < limit && !char.IsWhiteSpace(text[next]) && text[next] is not (',' or ';' or ':'))
                    {
                        next++;
                    }

                    stop = next < limit && text[next] == ' ' && next + 1 < limit && char.IsUpper(text[next + 1]) ? next + 1 : next;
                    if (stop == next)
                    {
                        break;
                    }
                }

                if (stop > after)
                {
                    return text[at..stop].TrimEnd('.', ' ');
                }
            }
        }

        return null;
    }

    /// <summary>Where the word that ends just before <paramref name="space"/> starts.</summary>
    private static int WordStart(string text, int space)
    {
        var w = space;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1]))
        {
            w--;
        }

        return w;
    }

    private static string StripArticle(string name)
    {
        var words = name.Split(' ').SkipWhile(w => w is "The" or "A" or "An" or "But" or "And" or "In" or "On" or "At" or "By").ToList();
        return words.Count >= 2 ? string.Join(' ', words) : name;
    }

    [GeneratedRegex(@"^[A-Z]{2,}$")]
    private static partial Regex AllCaps();

    [GeneratedRegex(@"^(?:[A-Z]\.){2,}$")]
    private static partial Regex DottedCaps();
}
