using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>Reads the speaker phrase next to a reporting verb: a name with its titles, a pronoun or a description.</summary>
internal static class MentionParser
{
    private const int MaxAppositiveTokens = 30;
    private const int MaxDescriptionTokens = 7;

    /// <summary>The subject that ends just before <paramref name="end"/> (exclusive), searching no further left than <paramref name="floor"/>.</summary>
    public static Mention? Before(string text, List<Token> tokens, int end, int floor)
    {
        // "His son Dana Ortiz Jr. said": the name is read up to its last name word, and the suffix that closes it kept.
        var last = SkipAdverbials(tokens, end - 1, floor);
        if (last - 1 > floor && tokens[last].Text is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III" or "IV" && Vocabulary.IsNameWord(tokens[last - 1]) &&
            SubjectBefore(text, tokens, last, floor) is { Kind: MentionKind.Name } named && named.End == tokens[last - 1].End)
        {
            return named with { Text = named.Text + " " + tokens[last].Text, End = tokens[last].End };
        }

        return SubjectBefore(text, tokens, end, floor);
    }

    private static Mention? SubjectBefore(string text, List<Token> tokens, int end, int floor)
    {
        var i = SkipAdverbials(tokens, end - 1, floor);
        if (i < floor)
        {
            return null;
        }

        // "Long Zhou, the Coordinator …, said", "Kamau, who shared the stage …, urged", "Efua Mensah, speaking for …, warned":
        // step over up to three comma groups (appositives, relative clauses, asides) to the subject before them.
        var appositive = (Title: (string?)null, Org: (string?)null, Country: (string?)null);
        for (var groups = 0; groups < 3 && i > floor && (tokens[i].IsPunct(',') || tokens[i].IsPunct(')')); groups++)
        {
            var open = -1;
            var depth = tokens[i].IsPunct(')') ? 1 : 0;
            for (var j = i - 1; j >= Math.Max(floor, i - MaxAppositiveTokens); j--)
            {
                if (tokens[j].IsPunct(')'))
                {
                    depth++;
                }
                else if (tokens[j].IsPunct('('))
                {
                    depth--;
                    if (depth == 0 && tokens[i].IsPunct(')'))
                    {
                        open = j;
                        break;
                    }
                }
                else if (depth == 0 && tokens[j].IsPunct(','))
                {
                    open = j;
                    break;
                }
            }

            if (open <= floor)
            {
                return null;
            }

            var inner = tokens.GetRange(open + 1, i - open - 1).Where(t => !t.IsPunct('(') && !t.IsPunct(')')).ToList();

            // "The party's spokeswoman, Mary Daly, said": a name set off after a description is the speaker the description names.
            if (open - 1 >= floor && Vocabulary.IsRole(tokens[open - 1].Text) && inner.Count is > 1 and <= 5 &&
                Vocabulary.IsNameWord(inner[0]) && Vocabulary.IsNameWord(inner[^1]) && NamePhrase(text, inner) is { } named &&
                named.Text.Split(' ').Length == inner.Count)
            {
                var from = open - 1;
                while (from - 1 >= floor && open - from < MaxDescriptionTokens && tokens[from - 1].IsWord)
                {
                    from--;
                }

                var described = RolePhrase.Parse(text, tokens.GetRange(from, open - from));
                // An appositive after the name ("…, a joint secretary in the Ministry of External Affairs,") is the fuller title.
                // The subject phrase starts at the description: "…," the ferry board's press officer, Ilse Vorn, said.
                return named with
                {
                    Title = named.Title ?? appositive.Title ?? described.Title,
                    Organization = named.Organization ?? appositive.Org ?? described.Organization,
                    Country = named.Country ?? appositive.Country ?? described.Country,
                    PhraseStart = tokens[from].Start,
                };
            }

            if (!IsAside(inner))
            {
                return null;
            }

            var relative = inner.FindIndex(x => x.Lower is "who" or "which" or "whose" or "that" or "where");
            if (relative != 0 && inner.Any(x => Vocabulary.IsRole(x.Text)) && inner[0].Lower is not ("speaking" or "for" or "however" or "and" or "or"))
            {
                var parsed = RolePhrase.Parse(text, relative > 0 ? inner.GetRange(0, relative) : inner);
                appositive = (appositive.Title ?? parsed.Title, appositive.Org ?? parsed.Organization, appositive.Country ?? parsed.Country);
            }

            i = SkipAdverbials(tokens, open - 1, floor);
            if (i < floor)
            {
                return null;
            }

            // "Tomas Reed, 34, a deckhand from Port Alder, said": an age between commas shares its closing comma with the next group.
            if (i - 2 >= floor && tokens[i].IsWord && tokens[i].Text.All(char.IsDigit) && tokens[i - 1].IsPunct(','))
            {
                i -= 2;
            }
        }

        var t = tokens[i];
        if (Vocabulary.Pronouns.Contains(t.Text))
        {
            return new Mention(MentionKind.Pronoun, t.Text, t.Start, t.End, Female: t.Lower == "she");
        }

        var wordSurname = WordSurname.At(tokens, i, floor);
        if (!wordSurname && WordSurname.Alone(tokens, i, floor))
        {
            return new Mention(MentionKind.Name, t.Text, t.Start, t.End);
        }

        var description = wordSurname ? null : DescriptionEndingAt(text, tokens, i, floor);
        if (description is not null)
        {
            return description;
        }

        if (!wordSurname && !Vocabulary.IsNameWord(t))
        {
            return HonorificSurname(tokens, i - 1, i, floor);
        }

        var start = i;
        while (start - 1 >= floor && IsPhraseWord(tokens, start - 1, floor))
        {
            start--;
        }

        // "…," former presidential candidate Herman Voss said: lower-case qualifiers reaching back to the floor belong to the subject.
        var lead = SubjectModifiers.ExtendsTo(tokens, start, floor);
        var mention = NamePhrase(text, tokens.GetRange(lead >= 0 ? lead : start, i - (lead >= 0 ? lead : start) + 1), wordSurname);
        if (mention is null)
        {
            return null;
        }

        return appositive.Title is null && appositive.Country is null
            ? mention
            : mention with
            {
                Title = appositive.Title ?? mention.Title,
                Organization = appositive.Org ?? mention.Organization,
                Country = appositive.Country ?? mention.Country,
            };
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "afterwards",
    };

    /// <summary>Steps left over what may stand between a subject and its verb: "also", "on Tuesday", "for his part".</summary>
    private static int SkipAdverbials(List<Token> tokens, int i, int floor)
    {
        for (var guard = 0; guard < 4 && i >= floor; guard++)
        {
            var lower = tokens[i].Lower;
            if (lower is "also" or "further" or "then" or "later" or "again" or "previously" or "once" or "has" or "had" or "have" or "repeatedly" or "publicly" or "separately")
            {
                i--;
            }
            else if (Weekdays.Contains(lower))
            {
                i -= i - 1 >= floor && tokens[i - 1].Lower == "on" ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>A comma group that may sit between a subject and its verb.</summary>
    private static bool IsAside(List<Token> inner)
    {
        if (inner.Count == 0)
        {
            return false;
        }

        var first = inner[0].Lower;
        // "Markey, asked about the plan, said …", "Ortiz, pressed by reporters, said …", "Ortiz, when asked, said …".
        return first is "who" or "whose" or "which" or "speaking" or "however" or "for" or "meanwhile" or "in" or "too" or "though"
                   or "asked" or "pressed" or "when" or "responding" or "appearing" or "echoing" or "citing" or "like"
               || inner.Count <= 3
               || (first is "a" or "an" or "the" && inner.Count <= 8)
               || inner.Take(10).Any(t => Vocabulary.IsRole(t.Text));
    }

    /// <summary>The subject that starts at <paramref name="start"/>: "said Jane Doe, the …", "said Foreign Minister Kim".</summary>
    public static Mention? After(string text, List<Token> tokens, int start, int limit)
    {
        if (start >= limit)
        {
            return null;
        }

        var t = tokens[start];
        if (Vocabulary.OpensStyleOfAddress(tokens, start))
        {
            // "said Her Excellency Fatou Ndiaye": a style of address, not a pronoun for the last person named.
            return After(text, tokens, start + 1, limit) is { Kind: MentionKind.Name } styled
                ? styled with { PhraseStart = t.Start, Female = t.Text == "Her" ? true : styled.Female }
                : null;
        }

        if (Vocabulary.Pronouns.Contains(t.Text) || t.Lower is "him" or "her")
        {
            return new Mention(MentionKind.Pronoun, t.Text, t.Start, t.End, Female: t.Lower is "she" or "her");
        }

        if (DescribedName(text, tokens, start, limit) is { } described)
        {
            return described;
        }

        // "said the Rev. Samuel Oduya": an abbreviated title after the article, then the name.
        if (t.Lower == "the" && start + 2 < limit && tokens[start + 1].Text.EndsWith('.') && Vocabulary.IsRole(tokens[start + 1].Text) &&
            Vocabulary.IsNameWord(tokens[start + 2]) && After(text, tokens, start + 1, limit) is { Kind: MentionKind.Name } reverend)
        {
            return reverend with { PhraseStart = t.Start };
        }

        if (t.Lower is "the" or "a" or "an" or "one")
        {
            var end = start + 1;
            while (end < limit && end - start <= MaxDescriptionTokens && tokens[end].IsWord && !Vocabulary.IsRole(tokens[end].Text))
            {
                end++;
            }

            if (end < limit && Vocabulary.IsRole(tokens[end].Text))
            {
                return Description(text, tokens, start, end);
            }

            return null;
        }

        // "said Ms. White": after an honorific, a capitalised word is a surname even if it is also a colour or a direction.
        if (start + 1 < limit && HonorificSurname(tokens, start, start + 1, start) is { } titled &&
            (start + 2 >= limit || !tokens[start + 2].IsCapitalized))
        {
            return titled;
        }

        // "said former Obama adviser Dana Whitfield": lower-case qualifiers and a role before the name.
        var nameFrom = t.IsCapitalized ? start : SubjectModifiers.NameAfterLowerCaseLead(tokens, start, limit);
        if (nameFrom < 0)
        {
            return null;
        }

        // "said South Carolina Party Chairman Jaime Harrison": after the verb, a capitalised place word may open the phrase.
        var capsFloor = SubjectModifiers.CanOpenSubject(tokens[nameFrom]) ? nameFrom - 1 : nameFrom;
        var stop = nameFrom;
        while (stop < limit && IsPhraseWord(tokens, stop, capsFloor))
        {
            stop++;
        }

        stop = PlaceAfterName(tokens, nameFrom, stop);

        var wordSurname = false;
        while (stop > start && !Vocabulary.IsNameWord(tokens[stop - 1]))
        {
            if (WordSurname.At(tokens, stop - 1, start - 1))
            {
                wordSurname = true;
                break;
            }

            stop--;
        }

        if (stop == start)
        {
            return null;
        }

        var mention = NamePhrase(text, tokens.GetRange(start, stop - start), wordSurname);
        if (mention is null)
        {
            return null;
        }

        if (stop + 1 < limit && tokens[stop].IsPunct(','))
        {
            var close = stop + 1;
            while (close < limit && !tokens[close].IsPunct(',') && !tokens[close].IsPunct('.') && !tokens[close].IsPunct(';') && close - stop < MaxAppositiveTokens)
            {
                close++;
            }

            var inner = tokens.GetRange(stop + 1, close - stop - 1);
            var relative = inner.FindIndex(x => x.Lower is "who" or "which" or "whose" or "that" or "where");
            if (relative >= 0)
            {
                inner = inner.GetRange(0, relative);
            }

            // ", and the President of …, Joseph R. Biden": the next item of a list, not an appositive.
            if (inner.Any(x => Vocabulary.IsRole(x.Text)) && inner[0].Lower is not ("and" or "or"))
            {
                var (title, org, country) = RolePhrase.Parse(text, inner);
                mention = mention with { Title = title ?? mention.Title, Organization = org ?? mention.Organization, Country = country ?? mention.Country };
            }
        }

        return mention;
    }

    /// <summary>
    /// "Ms. White said", "said Mr. West": a surname that is also an ordinary capitalised word (a colour, a direction, a
    /// nationality) is a name right after an honorific.
    /// </summary>
    private static Mention? HonorificSurname(List<Token> tokens, int honorific, int name, int floor)
    {
        if (honorific < floor || name >= tokens.Count || !Vocabulary.Honorifics.Contains(tokens[honorific].Text) ||
            !tokens[name].IsWord || !tokens[name].IsCapitalized || tokens[name].Text.Length < 3 || Vocabulary.NonNameCapitals.Contains(tokens[name].Text) &&
            !Vocabulary.TitleModifiers.Contains(tokens[name].Text) && tokens[name].Text is not ("West" or "East" or "North" or "South" or "Middle"))
        {
            return null;
        }

        var t = tokens[name];
        return new Mention(MentionKind.Name, t.Text, t.Start, t.End, Female: Vocabulary.FemaleHonorifics.Contains(tokens[honorific].Text))
        {
            PhraseStart = tokens[honorific].Start,
        };
    }

    /// <summary>"Gov. Terry E. Brand of Iowa": a place after a full name is not part of it; the phrase ends before "of".</summary>
    private static int PlaceAfterName(List<Token> tokens, int from, int stop)
    {
        for (var k = from + 2; k < stop - 1; k++)
        {
            if (tokens[k].Text == "of" && Vocabulary.IsNameWord(tokens[k - 1]) && Vocabulary.IsNameWord(tokens[k - 2]) &&
                stop - k - 1 <= 3 && tokens.GetRange(k + 1, stop - k - 1).All(x => x.IsCapitalized && !Vocabulary.IsRole(x.Text)))
            {
                return k;
            }
        }

        return stop;
    }

    /// <summary>
    /// "said the assailant, John Marlow," / "said his best friend at college, Bruce Turry": a description set before a name
    /// in commas names the speaker; the description is the title.
    /// </summary>
    private static Mention? DescribedName(string text, List<Token> tokens, int start, int limit)
    {
        if (tokens[start].Lower is not ("the" or "a" or "an" or "his" or "her" or "their" or "one" or "another"))
        {
            return null;
        }

        var comma = -1;
        for (var k = start + 1; k < limit && k - start <= 10; k++)
        {
            if (tokens[k].IsPunct(','))
            {
                comma = k;
                break;
            }

            if (!tokens[k].IsWord || Vocabulary.IsReportingVerb(tokens[k].Text) || tokens[k].Lower is "who" or "which" or "that")
            {
                return null;
            }
        }

        if (comma < start + 2)
        {
            return null;
        }

        var end = comma + 1;
        while (end < limit && end - comma <= 4 && (Vocabulary.IsNameWord(tokens[end]) || IsInitials(tokens[end])))
        {
            end++;
        }

        var words = end - comma - 1;
        var closed = end >= limit || tokens[end].IsPunct(',') || tokens[end].IsPunct('.') || tokens[end].IsPunct(';') || tokens[end].Lower is "who" or "whose";
        if (words is < 2 or > 4 || !closed || NamePhrase(text, tokens.GetRange(comma + 1, words)) is not { } named || named.Text.Split(' ').Length != words)
        {
            return null;
        }

        var (title, org, country) = RolePhrase.Parse(text, tokens.GetRange(start, comma - start));
        return named with { Title = title, Organization = org, Country = country, PhraseStart = tokens[start].Start };
    }

    /// <summary>
    /// The words of a name run, its particles aside: "Mohamed bin Zayed Al Nahyan" is a name of four words, not a title's
    /// tail whose last three words are the name.
    /// </summary>
    private static int NameWordCount(List<Token> phrase, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            count += Vocabulary.Particles.Contains(phrase[k].Lower) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Dotted initials of a person, "R.J.", not of a country or a body ("U.S.", "U.N.").</summary>
    private static bool IsInitials(Token t) =>
        t.Text.Length is 4 or 6 && t.Text.Where((_, k) => k % 2 == 1).All(c => c == '.') && t.Text.Where((_, k) => k % 2 == 0).All(char.IsUpper) &&
        t.Text is not ("U.S." or "U.N." or "U.K." or "E.U." or "D.C.");

    /// <summary>Splits "Russian Foreign Minister Sergei Lavrov" into the name and the role before it.</summary>
    /// <param name="lastIsSurname">The last word is a surname that is also a role word or a nationality (<see cref="WordSurname"/>).</param>
    public static Mention? NamePhrase(string text, List<Token> phrase, bool lastIsSurname = false)
    {
        var end = phrase.Count;
        var start = lastIsSurname ? end - 1 : end;
        while (start > 0 && (Vocabulary.IsNameWord(phrase[start - 1]) || Vocabulary.EndsParticleRun(phrase, start - 1) ||
                             (IsInitials(phrase[start - 1]) && start < end)))
        {
            start--;
        }

        // "Fox's Chris Walden": the owner before a name is where the person works, not part of the name.
        var owner = -1;
        for (var k = start; k < end - 1; k++)
        {
            if (IsPossessive(phrase[k]))
            {
                owner = k;
            }
        }

        if (owner >= 0)
        {
            start = owner + 1;
        }

        if (start == end)
        {
            return null;
        }

        // A long capitalised run after "and"/"for" is the tail of a title: keep the last two words as the name.
        if (end - start > 2 && start > 0 && Vocabulary.Connectors.Contains(phrase[start - 1].Text) &&
            !(phrase[end - 2].Text.Length == 2 && phrase[end - 2].Text[1] == '.'))
        {
            start = end - 2;
        }
        else if (NameWordCount(phrase, start, end) > 4)
        {
            start = end - 3;
        }

        var nameTokens = phrase.GetRange(start, end - start);
        var name = string.Join(' ', nameTokens.Select(t => t.Text));
        if (IsPossessive(nameTokens[^1]))
        {
            name = name[..^2];
        }

        var pre = phrase.GetRange(0, start);
        bool? female = pre.Count > 0 && Vocabulary.Honorifics.Contains(pre[^1].Text)
            ? Vocabulary.FemaleHonorifics.Contains(pre[^1].Text)
            : null;
        var (title, org, country) = pre.Count > 0 ? RolePhrase.Parse(text, pre) : (null, null, null);
        if (owner >= 0 && title is null && org is null && country is null)
        {
            var ownerName = string.Join(' ', pre.Where(x => x.Lower is not ("the" or "a" or "an")).Select(x => x.Text))[..^2];
            org = Lexicons.Countries.Normalize(ownerName) is null ? ownerName : null;
            country = Lexicons.Countries.Normalize(ownerName);
        }

        return new Mention(MentionKind.Name, name, nameTokens[0].Start, nameTokens[^1].End, title, org, country, female) { PhraseStart = phrase[0].Start };
    }

    private static Mention? DescriptionEndingAt(string text, List<Token> tokens, int i, int floor)
    {
        if (!Vocabulary.IsRole(tokens[i].Text) || (tokens[i].IsCapitalized && i + 1 < tokens.Count && Vocabulary.IsNameWord(tokens[i + 1])))
        {
            return null;
        }

        for (var j = i - 1; j >= Math.Max(floor, i - MaxDescriptionTokens); j--)
        {
            var lower = tokens[j].Lower;
            if (lower is "the" or "a" or "an" or "one" or "another")
            {
                return Description(text, tokens, j, i);
            }

            if (IsPossessive(tokens[j]))
            {
                // "India's top cybersecurity official", "The White House's top cyber official": the owner is the determiner.
                var owner = j;
                while (owner - 1 >= floor && tokens[owner - 1].IsCapitalized && tokens[owner - 1].IsWord)
                {
                    owner--;
                }

                if (owner - 1 >= floor && tokens[owner - 1].Lower == "the")
                {
                    owner--;
                }

                return Description(text, tokens, owner, i, definite: true);
            }

            if (!tokens[j].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    public static bool IsPossessive(Token t) => t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal);

    private static Mention Description(string text, List<Token> tokens, int determiner, int head, bool definite = false)
    {
        var skip = tokens[determiner].Lower is "the" or "a" or "an" or "one" or "another" ? 1 : 0;
        var words = tokens.GetRange(determiner + skip, head - determiner - skip + 1).Select(t => t.Text).ToList();
        string? country = words.Select(w => Lexicons.Countries.Normalize(w)).FirstOrDefault(c => c is not null)
                          ?? Lexicons.Countries.Normalize(string.Join(' ', words.TakeWhile(w => !IsPossessive(new Token(w, 0, 0)))) + (words.Any(w => IsPossessive(new Token(w, 0, 0))) ? "'s" : ""));
        var indefinite = !definite && tokens[determiner].Lower is "a" or "an" or "one" or "another";
        var phrase = string.Join(' ', words);
        return new Mention(MentionKind.Description, phrase, tokens[determiner].Start, tokens[head].End, Country: country, Indefinite: indefinite);
    }

    private static bool IsPhraseWord(List<Token> tokens, int index, int floor)
    {
        var t = tokens[index];
        if (!t.IsWord)
        {
            return false;
        }

        // A lower-case word right before a role belongs to the title: "mission chief", "medical director", "internet researcher".
        if (t.IsCapitalized || Vocabulary.IsRole(t.Text) || Vocabulary.Particles.Contains(t.Text) ||
            (index + 1 < tokens.Count && (Vocabulary.IsRole(tokens[index + 1].Text) || Vocabulary.TitleModifiers.Contains(tokens[index + 1].Text)) &&
             (Vocabulary.TitleModifiers.Contains(t.Text) || (char.IsLower(t.Text[0]) && t.Text.Length > 3 && !Vocabulary.Connectors.Contains(t.Text) && !Vocabulary.IsReportingVerb(t.Text)))))
        {
            return !(index == floor && Vocabulary.NonNameCapitals.Contains(t.Text) && t.Text != "President");
        }

        // Lower-case joiners stay inside a title only between capitalised words: "Advisor for Cyber and Emerging Technology".
        return Vocabulary.Connectors.Contains(t.Text) && index - 1 >= floor && tokens[index - 1].IsCapitalized &&
               index + 1 < tokens.Count && tokens[index + 1].IsCapitalized;
    }
}
