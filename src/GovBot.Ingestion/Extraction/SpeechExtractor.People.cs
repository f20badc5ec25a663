using GovBot.Ingestion.Lexicon;

namespace GovBot.Ingestion.Extraction;

/// <summary>The people a document names, registered with their roles before any attribution, and the tests of what can be a name.</summary>
internal sealed partial class SpeechExtractor
{
    /// <summary>How often a word must stand alone before a name that ends in it for the word to be something else's.</summary>
    private const int MinUsesAlone = 3;

    private void RegisterPeople(List<Token> toks)
    {
        {
            for (var i = 0; i < toks.Count; i++)
            {
                if (!Vocabulary.IsNameWord(toks[i]) || (i > 0 && Vocabulary.IsNameWord(toks[i - 1])))
                {
                    continue;
                }

                var end = i;
                while (end < toks.Count && (Vocabulary.IsNameWord(toks[end]) || Vocabulary.StartsParticleRun(toks, end)))
                {
                    end++;
                }

                // "Rep. Dale King", "Wally French": a surname that is also a role word or a nationality ends the name.
                var wordSurname = end < toks.Count && Patterns.WordSurname.At(toks, end, 0);
                if (wordSurname)
                {
                    end++;
                }

                var start = i;
                while (start > 0 && (toks[start - 1].IsWord && (toks[start - 1].IsCapitalized || Vocabulary.IsRole(toks[start - 1].Text) || Vocabulary.TitleModifiers.Contains(toks[start - 1].Text)) ||
                                     (Vocabulary.Connectors.Contains(toks[start - 1].Text) && start > 1 && toks[start - 2].IsCapitalized)))
                {
                    start--;
                }

                var phrase = MentionParser.NamePhrase(doc.Text, toks.GetRange(start, end - start), wordSurname);
                if (phrase is null)
                {
                    continue;
                }

                var appositive = AppositiveAfter(toks, end);
                if (appositive.Title is null && phrase.Title is null && start == i)
                {
                    appositive = RolePhraseBefore(toks, i);
                }
                var title = appositive.Title ?? phrase.Title;
                var nameWords = phrase.Text.Split(' ').Length;
                var spokenOf = title is not null || phrase.Female is not null || SpeechVerbNear(toks, end) ||
                               (nameWords >= 2 && Lexicons.FirstNameIsFemale.ContainsKey(phrase.Text.Split(' ')[0]));
                if ((nameWords >= 2 || title is not null) && spokenOf && IsPlausibleName(phrase.Text))
                {
                    registry.Register(phrase.Text, phrase.Start, title, appositive.Org ?? phrase.Organization,
                        appositive.Country ?? phrase.Country, phrase.Female);
                }
                else if (nameWords >= 2 && IsPlausibleName(phrase.Text))
                {
                    registry.Mentioned(phrase.Text, phrase.Start, title, appositive.Org ?? phrase.Organization, appositive.Country ?? phrase.Country);
                }

                i = end - 1;
            }
        }
    }

    /// <summary>
    /// A last name word the text uses alone before the person is named in full, when nothing else marks the name as a
    /// person's (no title, no known given name): "Twitter" in "thousands of Twitter accounts" long before an account called
    /// "Dana Twitter". Such a word stays the body's, and "Twitter said" is not that account.
    /// </summary>
    private void MarkWordsUsedAloneFirst()
    {
        var named = registry.Named.GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Position: g.Min(n => n.Position), Title: g.Select(n => n.Title).FirstOrDefault(t => t is not null)))
            .ToList();
        var candidates = named.Where(n => n.Name.Split(' ') is { Length: 2 } words && n.Title is null && !Lexicons.FirstNameIsFemale.ContainsKey(words[0]) &&
                                          !Vocabulary.IsRole(words[0]))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // One pass over the text: where each candidate's last word stands alone, not beside another name word or an honorific.
        var lastWords = candidates.Select(c => c.Name[(c.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToHashSet(StringComparer.Ordinal);
        var alone = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var toks in tokens)
        {
            for (var i = 0; i < toks.Count; i++)
            {
                if (lastWords.Contains(toks[i].Text) && (i == 0 || !(Vocabulary.IsNameWord(toks[i - 1]) || Vocabulary.Honorifics.Contains(toks[i - 1].Text))) &&
                    (i + 1 >= toks.Count || !Vocabulary.IsNameWord(toks[i + 1])))
                {
                    (alone.TryGetValue(toks[i].Text, out var at) ? at : alone[toks[i].Text] = []).Add(toks[i].Start);
                }
            }
        }

        foreach (var (name, position, _) in candidates)
        {
            var last = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (alone.TryGetValue(last, out var uses) && uses.Count(u => u < position) >= MinUsesAlone &&
                !named.Any(n => n.Name != name && n.Name.EndsWith(" " + last, StringComparison.Ordinal) && IsPersonName(n.Name, n.Title)))
            {
                registry.NotASurname(last);
            }
        }
    }

    /// <summary>A name with a title or a known given name: "Lee Ortiz" beside "Dana M. Ortiz" keeps "Ortiz" a surname.</summary>
    private static bool IsPersonName(string name, string? title) =>
        title is not null || Lexicons.FirstNameIsFemale.ContainsKey(name.Split(' ')[0]);

    /// <summary>"Britain's digital minister, Eleanor Whitcombe, said": the role phrase that stands before a name in commas.</summary>
    private (string? Title, string? Org, string? Country) RolePhraseBefore(List<Token> toks, int nameStart)
    {
        if (nameStart < 2 || !toks[nameStart - 1].IsPunct(','))
        {
            return (null, null, null);
        }

        var end = nameStart - 1;
        var start = end;
        while (start > 0 && end - start < 14 && toks[start - 1].IsWord &&
               (toks[start - 1].IsCapitalized || Vocabulary.IsRole(toks[start - 1].Text) || Vocabulary.TitleModifiers.Contains(toks[start - 1].Text) ||
                Vocabulary.Connectors.Contains(toks[start - 1].Text) || char.IsLower(toks[start - 1].Text[0]) && start - 1 > 0 && toks[start - 2].IsWord))
        {
            start--;
            if (toks[start].Lower is "the" or "a" or "an")
            {
                break;
            }
        }

        var phrase = toks.GetRange(start, end - start);
        // The phrase ends in the role, or in the role's own "for/of …" ("minister delegate for artificial intelligence and digital affairs").
        var firstRole = phrase.FindIndex(t => Vocabulary.IsRole(t.Text));
        var lastRole = phrase.FindLastIndex(t => Vocabulary.IsRole(t.Text));
        if (firstRole < 0 || (lastRole < phrase.Count - 1 && phrase[lastRole + 1].Lower is not ("for" or "of" or "on")))
        {
            return (null, null, null);
        }

        // Keep only the noun phrase that holds the role: from the last verb-like lower-case word before it on.
        var cut = phrase.FindLastIndex(firstRole, t => char.IsLower(t.Text[0]) && !Vocabulary.IsRole(t.Text) && !Vocabulary.TitleModifiers.Contains(t.Text) &&
                                                      !Vocabulary.Connectors.Contains(t.Text) && t.Lower is not ("a" or "an"));
        if (cut >= 0)
        {
            phrase = phrase.GetRange(cut + 1, phrase.Count - cut - 1);
        }

        return phrase.Count == 0 ? (null, null, null) : RolePhrase.Parse(doc.Text, phrase);
    }

    /// <summary>
    /// Whether a capitalised phrase can be a person: not a country, and a single word only if the document never uses it
    /// as an ordinary lower-case word ("Efforts", "People" and "Since" are capitalised in titles, not names).
    /// </summary>
    private bool IsPlausibleName(string name)
    {
        if (Lexicons.Countries.Normalize(name) is not null || Lexicons.StateNamesNotPeople.Contains(StateWithoutParty(name)))
        {
            return false;
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            // A heading's capitalised words ("Invest in a Resilient Future") are no name when the text uses every one of them
            // as an ordinary word; a real name has at least one word the text never writes in lower case.
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsUpper(w[0])).ToList();
            return words.Count < 2 || !words.All(w => UsedInLowerCase(w));
        }

        return UsedInLowerCase(name) is false;
    }

    /// <summary>"Vermont Democratic", "Ohio GOP": a state and a party word are a cut name of the state party, not a person ("Ohio Democrats" stays a group).</summary>
    private static string StateWithoutParty(string name)
    {
        foreach (var party in (ReadOnlySpan<string>)[" Democratic", " Democrat", " Republican", " GOP"])
        {
            if (name.EndsWith(party, StringComparison.Ordinal))
            {
                return name[..^party.Length];
            }
        }

        return name;
    }

    /// <summary>
    /// Whether the body uses the word in lower case, as an ordinary word. Only the body counts: URLs and metadata spell
    /// names in lower case ("…/remarks-by-president-biden-…"). A word already in lower case is taken as it stands.
    /// </summary>
    private bool UsedInLowerCase(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower == word)
        {
            return false;
        }

        if (!plausibility.TryGetValue(word, out var plausible))
        {
            body ??= string.Join('\n', doc.Paragraphs.Select(p => p.Of(doc.Text)));
            plausible = !ContainsWord(body, lower);
            plausibility[word] = plausible;
        }

        return !plausible;
    }

    private readonly Dictionary<string, bool> surnames = new(StringComparer.Ordinal);

    /// <summary>Whether the text somewhere writes the word after a given name, an honorific or a title: "Sean Spicer", "Mr. Gorka".</summary>
    private bool IsWrittenAsSurname(string word)
    {
        if (!surnames.TryGetValue(word, out var found))
        {
            found = tokens.Any(toks => Enumerable.Range(1, Math.Max(0, toks.Count - 1)).Any(i =>
                toks[i].Text == word && (Vocabulary.IsNameWord(toks[i - 1]) || Vocabulary.Honorifics.Contains(toks[i - 1].Text) ||
                                         (toks[i - 1].IsCapitalized && Vocabulary.IsRole(toks[i - 1].Text)))));
            surnames[word] = found;
        }

        return found;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + word.Length >= text.Length ? ' ' : text[at + word.Length];
            if (!char.IsLetterOrDigit(before) && before is not ('/' or '.' or '-') && !char.IsLetterOrDigit(after) && after is not ('/' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpeechVerbNear(List<Token> toks, int index)
    {
        for (var j = index; j < Math.Min(toks.Count, index + 3); j++)
        {
            if (Vocabulary.IsReportingVerb(toks[j].Text))
            {
                return true;
            }
        }

        return index >= 2 && Vocabulary.IsReportingVerb(toks[Math.Max(0, index - 3)].Text);
    }

    private (string? Title, string? Org, string? Country) AppositiveAfter(List<Token> toks, int index)
    {
        if (index >= toks.Count || !(toks[index].IsPunct(',') || toks[index].IsPunct('(')))
        {
            return (null, null, null);
        }

        var close = index + 1;
        while (close < toks.Count && close - index < 30 && !(toks[close].IsPunct(',') || toks[close].IsPunct('.') || toks[close].IsPunct(';') || toks[close].IsPunct(')')))
        {
            close++;
        }

        var inner = toks.GetRange(index + 1, close - index - 1);
        var relative = inner.FindIndex(t => t.Lower is "who" or "which" or "whose" or "that" or "where");
        if (relative > 0)
        {
            inner = inner.GetRange(0, relative);
        }

        // ", and the President of the United States, …" opens the next person of a list, not this one's appositive.
        if (inner.Count == 0 || !inner.Take(8).Any(t => Vocabulary.IsRole(t.Text)) || inner[0].Lower is "who" or "which" or "and" or "or")
        {
            return (null, null, null);
        }

        // A bare country name after a comma is a place, not a role.
        return RolePhrase.Parse(doc.Text, inner);
    }
}
