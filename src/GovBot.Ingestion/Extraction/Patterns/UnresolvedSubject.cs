namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// The subject of a speech verb as written when no named person stands behind it: a described source ("The witness
/// said …", "A spokeswoman for the airline said …"), a campaign or aides ("the mayor’s campaign said …") or an unnamed
/// group of people ("Critics said …", "Some economists say …"). Real news reports much of its speech this way; dropping it
/// because no person could be named loses the statement. The head must name people (a role, a group, a campaign, a
/// document of the subject-heads lexicon): institutions that speak through officials ("the agency said", "Moscow said")
/// are left out, as the project's gold sets attribute their words to the officials. Only speech verbs qualify: what a
/// group believes or hopes is not a statement.
/// </summary>
internal static class UnresolvedSubject
{
    private const int MaxTokens = 7;
    private const int MaxCoordinatedTokens = 12;
    private const int MaxRelativeTokens = 22;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "now", "meanwhile", "however", "yet", "instead", "separately", "also", "then", "even",
        "while", "though", "although", "whereas", "indeed",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>Quantifiers that may open a group ("some economists", "many of her supporters").</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "many", "several", "most", "other", "others", "few", "two", "three", "four", "five", "both", "numerous", "various",
    };

    /// <summary>Words that make the phrase something other than a subject: pronouns, clause words, verbs, negations.</summary>
    private static readonly HashSet<string> NotInPhrase = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "who", "whom", "which", "that", "what", "when",
        "where", "why", "how", "if", "whether", "because", "as", "than", "this", "these", "those", "there", "here", "nobody",
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "no", "not", "nothing", "something", "anything",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "should", "must", "to", "while", "after", "before", "since", "until", "though", "although",
        "or", "nor", "let", "please", "just", "one", "way", "thing", "things", "time", "only", "enough", "my", "our", "your",
        "you’ll", "you'll", "i’d", "i'd",
    };

    /// <summary>Prepositions that may join a described source to the body it speaks for ("a spokeswoman for the airline").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "for", "of", "at", "with", "from", "in" };

    /// <summary>
    /// The subject phrase ending before the auxiliaries of the verb at <paramref name="verb"/> and starting its clause (at
    /// <paramref name="first"/>, after an opener or after a comma), as written without a leading article, and its first token; null when it is not one.
    /// </summary>
    public static (string Text, int Start)? Before(string text, List<Token> toks, int first, int verb) =>
        Subject(text, toks, first, verb) is var (written, start, _) ? (written, start) : null;

    /// <summary>
    /// Where the relative clause opens in a group subject such as "Officials who spoke with the Dayton Ledger said", or -1:
    /// a name inside that clause is not the speaker.
    /// </summary>
    public static int RelativeAt(string text, List<Token> toks, int first, int verb) =>
        Subject(text, toks, first, verb) is var (_, _, relative) ? relative : -1;

    private static (string Text, int Start, int Relative)? Subject(string text, List<Token> toks, int first, int verb)
    {
        var end = SubjectEnd(toks, first, verb);
        // "Ortiz’s aides themselves said", "proponents of the tariff here say": words that close the subject, not its head.
        if (end > first && toks[end].Lower is "itself" or "themselves" or "here" or "there" && !toks[end].IsCapitalized)
        {
            end--;
        }

        // "… given a say in the budget": after an article the verb is a noun.
        if (end < first || Articles.Contains(toks[end].Text))
        {
            return null;
        }

        // The subject opens its clause: at the sentence's start, after a comma, or after a dash that opens an aside ("… a
        // planner - a former aide said she …").
        var start = end;
        while (start - 1 >= first && end - start + 1 < MaxRelativeTokens + 1 && !toks[start - 1].IsPunct(',') && !IsDash(toks[start - 1]))
        {
            start--;
        }

        if (start - 1 >= first && !toks[start - 1].IsPunct(',') && !IsDash(toks[start - 1]))
        {
            return null;
        }

        while (start <= end && Openers.Contains(toks[start].Text))
        {
            start++;
        }

        if (start > end)
        {
            return null;
        }

        // "The chairwoman huddled briefly with aides announced …", "The survey showed a majority of voters say …": a past tense
        // before an adverb or an article makes the words a clause, not a subject phrase.
        if (ClauseInPhrase.HasFiniteVerb(toks, start, end))
        {
            return null;
        }

        // "Officials who spoke with the paper said …", "Progressive groups that have endorsed her say …": the group before
        // the relative clause is the subject.
        var relative = toks.FindIndex(start + 1, end - start, t => t.Lower is "who" or "that" or "whose");
        if (relative < 0)
        {
            // "Several people I have spoken with said …": a clause with no relative word, its own subject a pronoun after the group.
            relative = toks.FindIndex(start + 1, end - start, t => t.Lower is "i" or "we");
            relative = relative > start && IsPlural(toks[relative - 1]) && NamesPeople(toks[relative - 1]) ? relative : -1;
        }

        if (relative < 0)
        {
            // "Trustees backing the dredging levy have said …", "Veterans interviewed at the rally said …": a participle's clause.
            relative = toks.FindIndex(start + 1, end - start, t => IsParticiple(t));
            if (relative > 0 && toks[relative].Lower.EndsWith("ed", StringComparison.Ordinal) && !(relative + 1 <= end && ParticipleJoiners.Contains(toks[relative + 1].Text)))
            {
                // "Democrats blocked the bill and had confirmed …": a past tense with an object is the clause's own verb, not a
                // participle; "Veterans interviewed at the rally said …" is one.
                relative = -1;
            }
        }

        // "Those who attended the meeting said …", "Some who back her rivals say …": the people the relative clause defines,
        // written whole, since "those" alone says nothing. The clause must not hold a speech verb of its own ("Those who say …").
        // "…, people who have fought floods before say …": a plural noun for people alone before its clause is such a group too,
        // even in lower case (alone after a comma, "officials" could end a list).
        // "… nearly all say": the adverb's own modifier is no part of the clause.
        while (relative > start && end - 1 > relative && toks[end].Lower is "almost" or "nearly" or "all" or "both")
        {
            end--;
        }

        var definedGroup = toks[start].Lower is "those" or "some" or "many" or "others" ||
                           (IsPlural(toks[start]) && NamesPeople(toks[start]) && char.IsLower(toks[start].Text[0]));
        if (relative == start + 1 && definedGroup && toks[relative].Lower == "who" && end - relative is >= 1 and <= MaxTokens &&
            toks.Skip(relative + 1).Take(end - relative).All(t => (t.IsWord || t.IsPunct('-')) && !(Vocabulary.IsReportingVerb(t.Text) && !t.IsCapitalized)))
        {
            return (text[toks[start].Start..toks[end].End], start, relative);
        }

        if (relative > start && end - relative >= 2 && relative - start <= MaxTokens && Read(text, toks, start, relative - 1) is var (group, groupStart))
        {
            return (group, groupStart, relative);
        }


        return end - start + 1 <= MaxCoordinatedTokens && Read(text, toks, start, end) is var (written, writtenStart) ? (written, writtenStart, -1) : null;
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> as a subject that names no person, or null.</summary>
    private static (string Text, int Start)? Read(string text, List<Token> toks, int start, int end)
    {
        // "Aides to Ortiz", "Proponents of the new bill", "A person familiar with the draft": when no
        // shorter reading holds, people and whose they are, as written.
        (string, int)? owned = GroupWithOwner.Matches(toks.GetRange(start, end - start + 1)) ? (SubjectPhrase.Text(text, toks, start, end), start) : null;
        if (end - start + 1 > MaxTokens && Partitive(toks.GetRange(start, end - start + 1)))
        {
            // "One of the former inspectors for the water board": a share of a group and whose it is, as written.
            return (text[toks[start].Start..toks[end].End], start);
        }

        if (end - start + 1 > MaxTokens || CoordinatedGroups.Split(toks, start, end) is not null)
        {
            // "Security experts and state officials", "Politicians and even some technologists": groups joined by "and",
            // each of which would speak on its own, speak together as written.
            return CoordinatedGroups.Split(toks, start, end) is { } parts && (parts.All(IsPart) || IsSharedModifier(parts[0], parts[1]))
                ? (text[toks[start].Start..toks[end].End], start)
                : owned;
        }

        var words = toks.GetRange(start, end - start + 1);
        if (Partitive(words))
        {
            // "Many of the local officials (who …)", "Some of her oldest friends": a share of a group of people, as written.
            return (text[words[0].Start..words[^1].End], start);
        }

        // "One former employee", "another source": a described source counted out of others reads as "a former employee".
        if (words.Count >= 2 && words[0].Lower is "one" or "another" && char.IsLower(words[1].Text[0]))
        {
            // The count stays in the speaker as written ("One harbor source").
            List<Token> described = [new Token("a", words[0].Start, words[0].End), .. words.Skip(1)];
            // "One employee at a shipping firm": the body the counted source belongs to stays in the speaker as written.
            return IsDescription(described) is (> 0, _) && !described.Skip(1).Any(IsClauseWord) ? (text[words[0].Start..words[^1].End], start) : owned;
        }

        if (words.Any(w => !(w.IsWord || w.IsPunct('-') || w.IsPunct('&') || w.IsPunct('.')) || NotInPhrase.Contains(w.Text) ||
                           (Vocabulary.IsReportingVerb(w.Text) && !w.IsCapitalized)))
        {
            return owned;
        }

        var head = words[^1];
        if (!head.IsWord || Joiners.Contains(head.Text) || Articles.Contains(head.Text) || head.Lower is "and" or "&" || IsAdverb(words, words.Count - 1))
        {
            return owned;
        }

        var body = Articles.Contains(words[0].Text) ? words.Skip(1).ToList() : words;
        if (body.Count > 0 && IsDescription(words) is var (headEnd, owner) && headEnd > 0)
        {
            // "a spokeswoman for the airline" is the airline's spokeswoman: written the way a role reads ("airline spokeswoman").
            var described = text[words[1].Start..words[headEnd - 1].End];
            // A common-noun body keeps its lower-case words: "the Bavarian interior ministry" → "interior ministry spokeswoman", a
            // description like those the attributor writes; the qualifier names a place, not the role.
            if (owner >= 0 && words[headEnd].Lower is "for" or "of" or "at")
            {
                var from = words.FindIndex(owner, w => !w.IsCapitalized);
                var ownerStart = from >= 0 && words.Skip(from).All(w => !w.IsCapitalized) ? from : owner;
                return (text[words[ownerStart].Start..head.End] + " " + described, start);
            }

            return (text[body[0].Start..head.End], start);
        }

        if (body.Count == 0 || !(IsPossessiveBody(body) || IsGroup(body)))
        {
            return owned;
        }

        return (text[body[0].Start..head.End], start);
    }

    /// <summary>"Many of the local officials", "Several of her aides": a quantifier, "of" and a plural group of people.</summary>
    private static bool Partitive(List<Token> words)
    {
        if (words.Count < 4 || words.Count > MaxTokens + 4 || !(Quantifiers.Contains(words[0].Text) || words[0].Lower == "one") || words[1].Lower != "of" ||
            words[0].Lower is "two" or "three" or "four" or "five" or "other")
        {
            return false;
        }

        // "One of the former inspectors for the water board": the group, then the body or person it belongs to.
        var rest = words.Skip(2).ToList();
        var joiner = rest.Count > 2 ? rest.FindIndex(2, w => Joiners.Contains(w.Text)) : -1;
        if (joiner > 0)
        {
            var owner = rest.Skip(joiner + 1).ToList();
            if (owner.Count == 0 || owner.Count > 4 || owner.Any(w => !(w.IsWord || w.IsPunct('.')) || NotInPhrase.Contains(w.Text) || Joiners.Contains(w.Text) || (Vocabulary.IsReportingVerb(w.Text) && !w.IsCapitalized)))
            {
                return false;
            }

            rest = rest.Take(joiner).ToList();
        }
        else if (words.Count > MaxTokens + 1)
        {
            return false;
        }

        var head = rest[^1];
        return rest.All(w => w.IsWord && !NotInPhrase.Contains(w.Text) && !(Vocabulary.IsReportingVerb(w.Text) && !w.IsCapitalized) || w.Lower is "his" or "her" or "their" || MentionParser.IsPossessive(w)) &&
               (rest[0].Lower is "the" or "his" or "her" or "their" || MentionParser.IsPossessive(rest[0])) && IsPlural(head) && NamesPeople(head) && char.IsLower(head.Text[0]);
    }

    /// <summary>
    /// Where the subject ends before the verb at <paramref name="verb"/>: past its auxiliaries and the adverbials and short
    /// comma asides between them ("Critics, however, have said", "Some economists on Tuesday said").
    /// </summary>
    private static int SubjectEnd(List<Token> toks, int first, int verb)
    {
        var k = VerbAdverbials.Start(toks, first, LikelyToSay.CopulaBefore(toks, first, verb));
        return SubjectPhrase.AuxiliariesStart(toks, first, GroupAside.Start(toks, first, k)) - 1;
    }

    /// <summary>
    /// "Frankly", "Ortiz publicly": a word in -ly that is no noun; after an article or a possessive it is one ("the rally",
    /// "her family").
    /// </summary>
    private static bool IsAdverb(List<Token> words, int k) =>
        words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && !words[k].IsCapitalized && !NamesPeople(words[k]) &&
        !(k > 0 && (Articles.Contains(words[k - 1].Text) || MentionParser.IsPossessive(words[k - 1]) || words[k - 1].Lower is "his" or "her" or "their" or "its"));

    /// <summary>Whether the word is a clause word, a pronoun or a verb that no subject phrase holds.</summary>
    public static bool IsClauseWord(Token t) => NotInPhrase.Contains(t.Text) || (Vocabulary.IsReportingVerb(t.Text) && !t.IsCapitalized);

    /// <summary>One side of a coordinated subject: a plural group, a described source or a body's people ("the mayor’s aides").</summary>
    private static bool IsPart(List<Token> part)
    {
        var words = part.SkipWhile(w => Openers.Contains(w.Text)).ToList();
        if (words.Count == 0 || words.Any(w => !(w.IsWord || w.IsPunct('-') || w.IsPunct('.')) || NotInPhrase.Contains(w.Text) || (Vocabulary.IsReportingVerb(w.Text) && !w.IsCapitalized)))
        {
            return false;
        }

        var body = Articles.Contains(words[0].Text) ? words.Skip(1).ToList() : words;
        return body.Count > 0 && (IsGroup(body) || IsPossessiveBody(body) || IsDescription(words) is (> 0, -1));
    }

    /// <summary>
    /// "Current and former officials", "domestic and foreign critics", "White House and Pentagon spokesmen": words that
    /// qualify the people named after "and".
    /// </summary>
    private static bool IsSharedModifier(List<Token> left, List<Token> right) =>
        // "Three current and former board employees": a count before the shared modifier counts the whole group.
        left.Count == 2 && Counted(left[0]) && char.IsLower(left[1].Text[0]) ? IsSharedModifier(left.GetRange(1, 1), right) :
        left.Count is >= 1 and <= 3 && left.All(w => w.IsWord && !MentionParser.IsPossessive(w) && !NotInPhrase.Contains(w.Text) && !NamesPeople(w)) &&
        (left.Count == 1 || left.All(w => w.IsCapitalized)) &&
        right.Count >= 2 && (char.IsLower(right[0].Text[0]) || left.All(w => w.IsCapitalized)) && right.All(w => w.IsWord) && IsPlural(right[^1]) && NamesPeople(right[^1]);

    private static bool Counted(Token t) => t.IsWord && (Quantifiers.Contains(t.Text) || char.IsDigit(t.Text[0])) && t.Lower is not ("others" or "other");

    private static readonly HashSet<string> ParticipleJoiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "by", "on", "from", "for", "during", "outside", "inside", "near", "across", "since",
    };

    /// <summary>"supporting", "clamoring", "interviewed": a participle that opens a clause after a group.</summary>
    private static bool IsParticiple(Token t) =>
        t.IsWord && char.IsLower(t.Text[0]) && t.Text.Length > 5 && !NamesPeople(t) &&
        (t.Lower.EndsWith("ing", StringComparison.Ordinal) || (t.Lower.EndsWith("ed", StringComparison.Ordinal) && !Vocabulary.IsReportingVerb(t.Text)));

    /// <summary>"Tidewater", "Harbor Pilots Guild", "the Board of Inquiry for the Western Ferries": capitalised words and their joiners.</summary>
    private static bool IsProperName(List<Token> words)
    {
        if (!words[0].IsCapitalized || Vocabulary.NonNameCapitals.Contains(words[0].Text) || Vocabulary.Pronouns.Contains(words[0].Text))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var joiner = i > 0 && i + 1 < words.Count && (Joiners.Contains(w.Text) || Articles.Contains(w.Text) || w.Lower is "and" or "&" or "-");
            if (!(w.IsCapitalized || joiner || w.IsPunct('.') || (w.IsWord && char.IsDigit(w.Text[0]))))
            {
                return false;
            }
        }

        return !MentionParser.IsPossessive(words[^1]);
    }

    /// <summary>
    /// "the witness", "a spokeswoman for the airline", "the law enforcement agency": an article, modifiers and a lower-case
    /// head, then perhaps the body it speaks for; as the index after the head and where the body's words start (-1: none).
    /// </summary>
    private static (int HeadEnd, int Owner) IsDescription(List<Token> words)
    {
        const int No = -1;
        if (!Articles.Contains(words[0].Text) || words.Count < 2)
        {
            return (No, No);
        }

        // "the witness", "the Okafor campaign": modifiers, capitalised or not, before a lower-case head.
        var i = 1;
        while (i < words.Count && words[i].IsWord && !Joiners.Contains(words[i].Text) && !MentionParser.IsPossessive(words[i]))
        {
            i++;
        }

        var head = words[i - 1];
        if (i == 1 || i - 1 > 4 || !char.IsLower(head.Text[0]) || IsVerbForm(head) || !NamesPeople(head))
        {
            return (No, No);
        }

        if (i == words.Count)
        {
            return (i, No);
        }

        // "… for YouTube", "… of the county party": the body the source speaks for.
        if (!Joiners.Contains(words[i].Text) || i + 1 >= words.Count)
        {
            return (No, No);
        }

        var at = Articles.Contains(words[i + 1].Text) ? i + 2 : i + 1;
        var owner = words.Skip(at).ToList();
        return owner.Count > 0 && (IsProperName(owner) || (owner.Count <= 3 && at == i + 2 && owner.All(w => w.IsWord))) ? (i, at) : (No, No);
    }

    /// <summary>"Dana Okafor’s campaign", "the senator’s office": an owner and the body or people it has.</summary>
    private static bool IsPossessiveBody(List<Token> words)
    {
        var owner = words.FindIndex(MentionParser.IsPossessive);
        if (owner < 0 || owner == words.Count - 1 || words.Count - owner - 1 > 3)
        {
            return false;
        }

        var rest = words.Skip(owner + 1).ToList();
        return rest.All(w => w.IsWord && char.IsLower(w.Text[0])) && !IsVerbForm(rest[^1]) && NamesPeople(rest[^1]) &&
               words.Take(owner + 1).All(w => w.IsCapitalized || Articles.Contains(w.Text) || char.IsLower(w.Text[0]));
    }

    /// <summary>
    /// A plural group of people that opens the clause before the speech verb at <paramref name="verb"/> ("Critics said …",
    /// "Some Democrats say …"), as written; the name rules read a capitalised group as a name they cannot place.
    /// </summary>
    public static string? GroupBefore(string text, List<Token> toks, int first, int verb) =>
        // "Three-fourths say …", "Two-thirds said …": a capitalised share the name rules read as a name.
        SubjectEnd(toks, first, verb) is var end && end >= first && toks[first].IsCapitalized && PollShare.Before(toks, first, end) is var (shareStart, shareEnd) && shareStart == first
            ? text[toks[shareStart].Start..toks[shareEnd].End]
            : Before(text, toks, first, verb) is var (written, start) && IsGroupOrGroups(toks, start, SubjectEnd(toks, first, verb)) ? written : null;

    private static bool IsGroupOrGroups(List<Token> toks, int start, int end) =>
        CoordinatedGroups.Split(toks, start, end) is { } parts ? parts.All(IsPart) || IsSharedModifier(parts[0], parts[1]) : IsGroup(toks.GetRange(start, end - start + 1));

    /// <summary>"Critics", "Some economists", "Many local farmers", "Tenant groups": a plural group of people.</summary>
    private static bool IsGroup(List<Token> words)
    {
        var head = words[^1];
        if (words.Count > 4 || !IsPlural(head) || MentionParser.IsPossessive(head) || !NamesPeople(head))
        {
            return false;
        }

        // Past the first word, a group is written in lower case but for a party or a nationality ("Many prominent Republicans").
        // "Senior harbour advisers", "longtime dock workers": modifiers before the head describe the group, whatever the first word.
        return words.Count == 1 ? words[0].IsCapitalized && !Vocabulary.NonNameCapitals.Contains(words[0].Text)
            : words.Skip(1).Take(words.Count - 2).All(w => w.IsWord && (char.IsLower(w.Text[0]) || Quantifiers.Contains(w.Text))) && words[0].IsWord &&
              !MentionParser.IsPossessive(words[0]) && (Quantifiers.Contains(words[0].Text) || words.Count == 2 || IsModifier(words[0]));
    }

    /// <summary>
    /// "Senior", "longtime", "Island": a word that may open a group of three or four words; a verb form or a word for
    /// people is a clause or a list, not a modifier.
    /// </summary>
    private static bool IsModifier(Token first) =>
        first.IsWord && !NamesPeople(first) && !Vocabulary.IsReportingVerb(first.Text) && !IsVerbForm(first) && !Articles.Contains(first.Text) &&
        !first.Lower.EndsWith("ly", StringComparison.Ordinal) && !Vocabulary.Pronouns.Contains(first.Text);

    /// <summary>"critics", "women", "people": a plural head.</summary>
    private static bool IsPlural(Token head) =>
        head.Lower is "people" or "children" or "police" || head.Lower.EndsWith("men", StringComparison.Ordinal) ||
        (head.Lower.EndsWith('s') && !head.Lower.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>People who speak beyond the lexicons' roles and groups: witnesses, specialists, a person familiar with the talks.</summary>
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "witness", "witnesses", "person", "man", "woman", "men", "women", "source", "resident", "voter", "supporter", "member", "worker",
        "specialists", "specialist", "technologists", "commentators", "commentator", "pundits", "pundit", "economist", "strategist",
        "historian", "attorney", "lawyer", "prosecutor", "doctor", "teacher", "student", "parent", "mother", "father", "owner",
        "organizer", "activist", "consultant", "consultants", "pollster", "moderator", "moderators", "reporter", "reporters", "editor", "editors",
        "proponents", "reviewers", "colleagues", "confidants", "founders", "counterparts", "groups", "Latinos", "Hispanics", "Muslims",
        "Christians", "Catholics", "Jews", "evangelicals", "millennials", "immigrants", "farmers", "employees", "users", "viewers",
        "readers", "listeners", "employee", "engineers", "engineer", "head", "heads", "chief", "chiefs", "spokesmen", "spokeswomen", "associates", "boosters", "partisans",
        "defenders", "bundlers", "fundraisers", "speakers", "executives", "officers",
        // Roles a news story describes its sources by ("a producer for the station", "the partner told them").
        "producer", "producers", "partner", "partners", "hosts", "caller", "callers", "attendee",
        "actor", "actress", "authors", "writer", "writers", "novelist", "brothers", "sisters", "sons", "daughters",
    };

    /// <summary>Whether a head noun names people: a role, a group or campaign of the subject-heads lexicon, or a person.</summary>
    public static bool NamesPeople(Token head)
    {
        var word = head.Text.TrimEnd('.');
        return Vocabulary.IsRole(word) || SubjectPhrase.IsDocumentOrGroup(word) || SubjectPhrase.IsDocumentOrGroup(word + "s") || People.Contains(word);
    }

    private static bool IsDash(Token t) => t.IsPunct('—') || t.IsPunct('–') || t.IsPunct('-') || t.IsPunct('―');

    private static bool IsVerbForm(Token t) =>
        t.Lower.EndsWith("ing", StringComparison.Ordinal) || (t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Lower.Length > 4);
}
