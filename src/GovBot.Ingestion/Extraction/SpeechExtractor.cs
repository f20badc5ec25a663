using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Lexicon;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Direct and reported speech in running text, attributed in reading order so that pronouns, surnames and
/// descriptions resolve to the person the reader would think of.
/// </summary>
internal sealed class SpeechExtractor
{
    private const int MinQuoteWords = 4;
    private const int MinIndirectWords = 3;
    private const int MaxSentenceTokens = 400;

    private readonly ParsedDocument doc;
    private readonly PersonRegistry registry;
    private readonly SpeakerState state = new();
    private readonly Attributor attributor;
    private readonly List<List<Token>> tokens;

    public SpeechExtractor(ParsedDocument doc, PersonRegistry registry)
    {
        this.doc = doc;
        this.registry = registry;
        attributor = new Attributor(registry, state, IsPlausibleName, IsWrittenAsSurname);
        tokens = doc.Paragraphs.Select(p => Tokenizer.Tokenize(doc.Text, p.Start, p.End)).ToList();
    }

    private bool prepared;
    private string? body;
    private readonly Dictionary<string, bool> plausibility = new(StringComparer.Ordinal);

    /// <summary>Registers the people the title and body name with their roles, before any attribution.</summary>
    public void Prepare(string title)
    {
        if (prepared)
        {
            return;
        }

        prepared = true;
        var at = title.Length > 0 ? doc.Text.IndexOf(title, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            RegisterPeople(Tokenizer.Tokenize(doc.Text, at, at + title.Length));
        }

        foreach (var paragraph in tokens)
        {
            RegisterPeople(paragraph);
        }
    }

    public List<ExtractedQuote> Extract(IReadOnlySet<int>? skipParagraphs = null)
    {
        Prepare("");
        var quotes = QuoteMarks.Find(doc).Where(q => skipParagraphs?.Contains(q.Paragraph) != true).Where(IsStatement).ToList();
        var results = new List<ExtractedQuote>();
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var inParagraph = quotes.Where(q => q.Paragraph == p).ToList();
            if (skipParagraphs?.Contains(p) == true)
            {
                continue;
            }

            foreach (var quote in inParagraph)
            {
                AttributeDirect(quote, p, inParagraph, quotes);
            }

            foreach (var sentence in SentenceSplitter.Split(doc.Text, doc.Paragraphs[p]))
            {
                var quoted = inParagraph.Where(q => q.Marks.Overlaps(sentence)).ToList();
                if (quoted.Count == 0)
                {
                    results.AddRange(FindIndirect(sentence, p, null, sentence.Start));
                }
                else
                {
                    var found = new List<ExtractedQuote>();
                    if (quoted[^1].Speaker is { } speaker && quoted[^1].Marks.End < sentence.End)
                    {
                        // "“…,” she said, adding that …": reported speech after a quote continues its speaker.
                        found.AddRange(FindIndirect(sentence, p, speaker, quoted[^1].Marks.End));
                    }

                    // "Cox says Obama is trying to … He says Americans don’t need “…”": the reported clause around or
                    // beside a quotation is speech too; cues inside the quotation are the quoted person's words, not ours.
                    foreach (var r in FindIndirect(sentence, p, null, sentence.Start, quoted))
                    {
                        if (!found.Any(f => f.Start < r.End && r.Start < f.End))
                        {
                            found.Add(r);
                        }
                    }

                    results.AddRange(found);
                }
            }
        }

        // A multi-paragraph quotation speaks with one voice: fill gaps from any attributed part of its group.
        foreach (var group in quotes.GroupBy(q => q.Group))
        {
            var known = group.FirstOrDefault(q => q.Speaker is not null);
            foreach (var q in group.Where(q => q.Speaker is null && known is not null))
            {
                q.Speaker = known!.Speaker;
                q.Cue = known.Cue;
            }
        }

        results.AddRange(quotes.Select(q => new ExtractedQuote(q.Content.Of(doc.Text), q.Speaker, QuoteKind.Direct, q.Content.Start, q.Content.End, q.Cue)));
        return results.OrderBy(r => r.Start).ToList();
    }

    private bool IsStatement(QuoteSpan quote)
    {
        var content = quote.Content.Of(doc.Text);
        var words = content.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinQuoteWords)
        {
            return false;
        }

        // A short lower-case phrase inside a clause ("the mistake of "develop first and disarm later"") is a mention, not speech.
        var para = doc.Paragraphs[quote.Paragraph];
        var before = quote.Marks.Start - 1;
        while (before >= para.Start && doc.Text[before] == ' ')
        {
            before--;
        }

        var embedded = before >= para.Start && char.IsLetter(doc.Text[before]) && !EndsWithCue(para.Start, before + 1);
        var sentenceLike = char.IsUpper(content[0]) || content.EndsWith('.') || content.EndsWith('?') || content.EndsWith('!');
        if (embedded && words < 8 && !sentenceLike)
        {
            return false;
        }

        // Titles of reports and events are capitalised word runs without a verb-like lower-case word.
        var lowerWords = content.Split(' ').Count(w => w.Length > 3 && char.IsLower(w[0]));
        return !(embedded && lowerWords == 0 && words < 10);
    }

    private bool EndsWithCue(int floor, int end)
    {
        var start = Math.Max(floor, end - 30);
        var tail = doc.Text[start..end].TrimEnd();
        var last = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return Vocabulary.IsReportingVerb(last) || last is "that" or "as";
    }

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

                var start = i;
                while (start > 0 && (toks[start - 1].IsWord && (toks[start - 1].IsCapitalized || Vocabulary.IsRole(toks[start - 1].Text) || Vocabulary.TitleModifiers.Contains(toks[start - 1].Text)) ||
                                     (Vocabulary.Connectors.Contains(toks[start - 1].Text) && start > 1 && toks[start - 2].IsCapitalized)))
                {
                    start--;
                }

                var phrase = MentionParser.NamePhrase(doc.Text, toks.GetRange(start, end - start));
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
        if (Lexicons.Countries.Normalize(name) is not null)
        {
            return false;
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // Only the body counts: URLs and metadata spell names in lower case ("…/remarks-by-president-biden-…").
        var lower = name.ToLowerInvariant();
        if (lower == name)
        {
            return true;
        }

        if (!plausibility.TryGetValue(name, out var plausible))
        {
            body ??= string.Join('\n', doc.Paragraphs.Select(p => p.Of(doc.Text)));
            plausible = !ContainsWord(body, lower);
            plausibility[name] = plausible;
        }

        return plausible;
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

        if (inner.Count == 0 || !inner.Take(8).Any(t => Vocabulary.IsRole(t.Text)) || inner[0].Lower is "who" or "which")
        {
            return (null, null, null);
        }

        // A bare country name after a comma is a place, not a role.
        return RolePhrase.Parse(doc.Text, inner);
    }

    private void AttributeDirect(QuoteSpan quote, int p, List<QuoteSpan> inParagraph, List<QuoteSpan> all)
    {
        var toks = tokens[p];
        var paraText = doc.ParagraphText(p);
        var after = TokenIndex.AtOrAfter(toks, quote.Marks.End);
        var beforeIdx = TokenIndex.LastEndingBy(toks, quote.Marks.Start);
        Mention? mention = null;
        string? cue = null;

        if (after >= 0)
        {
            (mention, cue) = CueAfter(toks, after, quote);
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = CueBefore(toks, beforeIdx);
        }

        if (mention is null && beforeIdx >= 0)
        {
            (mention, cue) = PartialQuotes.CueEarlierInSentence(doc.Text, toks, beforeIdx);
        }

        if (mention is not null)
        {
            var (speaker, person) = attributor.Resolve(mention, paraText, p, ParagraphEnd(p + 2));
            quote.Speaker = speaker;
            quote.Cue = cue;
            if (speaker is not null)
            {
                state.Spoke(speaker, person, p);
            }

            foreach (var sibling in inParagraph.Where(q => q.Speaker is null && q.Group != quote.Group && q.Marks.Start < quote.Marks.Start))
            {
                sibling.Speaker = speaker;
                sibling.Cue = cue;
            }

            return;
        }

        var earlier = inParagraph.LastOrDefault(q => q.Marks.Start < quote.Marks.Start && q.Speaker is not null);
        if (earlier is not null)
        {
            quote.Speaker = earlier.Speaker;
            quote.Cue = earlier.Cue;
            return;
        }

        var groupMate = all.FirstOrDefault(q => q.Group == quote.Group && q.Speaker is not null);
        if (groupMate is not null)
        {
            quote.Speaker = groupMate.Speaker;
            quote.Cue = groupMate.Cue;
            return;
        }

        // "The message said, in part:" introduces a quotation in the next paragraph; a document as subject means its author.
        if (p > 0 && quote.Marks.Start == doc.Paragraphs[p].Start && doc.ParagraphText(p - 1).TrimEnd().EndsWith(':'))
        {
            var lead = tokens[p - 1];
            var verb = lead.FindLastIndex(t => Vocabulary.IsReportingVerb(t.Text) && char.IsLower(t.Text[0]));
            var introducer = verb > 0 ? MentionParser.Before(doc.Text, lead, verb, 0) : null;
            var (speaker, person) = introducer is not null
                ? attributor.Resolve(introducer, doc.ParagraphText(p - 1), p - 1, ParagraphEnd(p + 1))
                : (state.LastPerson?.Name ?? registry.People.MinBy(x => x.FirstPosition)?.Name, state.LastPerson ?? registry.People.MinBy(x => x.FirstPosition));
            if (speaker is not null)
            {
                quote.Speaker = speaker;
                quote.Cue = verb >= 0 ? lead[verb].Lower : null;
                state.Spoke(speaker, person, p);
                return;
            }
        }

        // A paragraph that is only a quote continues the last speaker, or names its speaker at the start of the next paragraph.
        if (p + 1 < tokens.Count && LeadingAttribution(p + 1) is { } next)
        {
            var (speaker, person) = attributor.Resolve(next, doc.ParagraphText(p + 1), p + 1, ParagraphEnd(p + 3));
            quote.Speaker = speaker;
            quote.Cue = "said";
            if (speaker is not null)
            {
                state.Spoke(speaker, person, p);
            }

            return;
        }

        if (state.LastSpeaker is not null && p - state.LastParagraph <= 2)
        {
            quote.Speaker = state.LastSpeaker;
            return;
        }

        // Nobody has spoken nearby: a quotation standing alone is most likely the person the text has just named.
        if (state.LastSpeaker is null && registry.LastNamedBefore(quote.Marks.Start, doc.Paragraphs[Math.Max(0, p - 1)].Start) is { } named)
        {
            quote.Speaker = named.Name;
            state.Spoke(named.Name, named, p);
        }
    }

    private (Mention?, string?) CueAfter(List<Token> toks, int i, QuoteSpan quote)
    {
        while (i < toks.Count && (toks[i].IsPunct(',') || toks[i].IsPunct('—') || toks[i].IsPunct('–')))
        {
            i++;
        }

        if (i >= toks.Count)
        {
            return (null, null);
        }

        var content = quote.Content.Of(doc.Text);
        var endsSentence = content.EndsWith('.') || content.EndsWith('?') || content.EndsWith('!');
        if (Vocabulary.IsReportingVerb(toks[i].Text) && toks[i].Lower != "states")
        {
            var m = MentionParser.After(doc.Text, toks, i + 1, toks.Count);
            if (m is not null)
            {
                return (m, toks[i].Lower);
            }
        }

        // "…," Long noted. / "…," he said. / "…," the diplomat told Xinhua.
        for (var v = i + 1; v < Math.Min(toks.Count, i + 30); v++)
        {
            if (toks[v].IsPunct('.') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (!Vocabulary.IsReportingVerb(toks[v].Text) || !char.IsLower(toks[v].Text[0]))
            {
                continue;
            }

            var m = MentionParser.Before(doc.Text, toks, v, i);
            if (m is null || m.Start != toks[i].Start && m.PhraseStart != toks[i].Start && !(m.Kind == MentionKind.Description && m.Start <= toks[i].Start + 4))
            {
                continue;
            }

            // After a sentence-final mark, "He said …" opens a new sentence of reported speech, not this quote's cue.
            if (endsSentence && v + 1 < toks.Count && !(toks[v + 1].IsPunct('.') || toks[v + 1].IsPunct(',')))
            {
                return (null, null);
            }

            return (m, toks[v].Lower);
        }

        return (null, null);
    }

    private (Mention?, string?) CueBefore(List<Token> toks, int i)
    {
        if (!(toks[i].IsPunct(':') || toks[i].IsPunct(',')))
        {
            // "Smith said "…"" without punctuation is rare; "that "…"" is reported speech with a quote inside.
            if (!(Vocabulary.IsReportingVerb(toks[i].Text) || toks[i].Lower == "that"))
            {
                return (null, null);
            }
        }
        else
        {
            i--;
        }

        for (var v = i; v >= 0 && v >= i - 6; v--)
        {
            if (toks[v].IsPunct('.') || toks[v].IsQuoteMark)
            {
                break;
            }

            if (!Vocabulary.IsReportingVerb(toks[v].Text))
            {
                continue;
            }

            var floor = SentenceStart(toks, v);
            var m = MentionParser.Before(doc.Text, toks, v, floor);
            if (m is not null)
            {
                return (m, toks[v].Lower);
            }
        }

        if (toks.Count > 2 && toks[0].Lower == "according" && toks[1].Lower == "to")
        {
            return (MentionParser.After(doc.Text, toks, 2, i + 1), "according to");
        }

        return (null, null);
    }

    private static int SentenceStart(List<Token> toks, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (toks[j].IsPunct('.') || toks[j].IsPunct('?') || toks[j].IsPunct('!') || toks[j].IsQuoteMark)
            {
                return j + 1;
            }
        }

        return 0;
    }

    private Mention? LeadingAttribution(int p)
    {
        var toks = tokens[p];
        if (toks.Count == 0)
        {
            return null;
        }

        if (Vocabulary.IsReportingVerb(toks[0].Text) && toks[0].Lower is "said" or "says")
        {
            return MentionParser.After(doc.Text, toks, 1, toks.Count);
        }

        var comma = toks.FindIndex(t => t.IsPunct('.') || t.IsPunct(','));
        for (var v = 1; v < Math.Min(toks.Count, 12); v++)
        {
            if (Vocabulary.IsReportingVerb(toks[v].Text) && v + 1 < toks.Count && (toks[v + 1].IsPunct('.') || toks[v + 1].IsPunct(',')) && (comma < 0 || comma >= v - 1))
            {
                return MentionParser.Before(doc.Text, toks, v, 0);
            }
        }

        return null;
    }


    /// <summary>A cue found in a sentence: who speaks and where the reported content starts.</summary>
    private sealed record Cue(int Verb, int ContentStart, int CueStart, string Verb_, Mention? Mention, string? Speaker, bool Trailing);

    /// <summary>
    /// Reported speech in one sentence: "X said (that) …", "…, X said.", "According to X, …", "China, he said, is …",
    /// "X told Y that …", and continuations that share the subject: "…, adding that …", "… and argued that …".
    /// </summary>
    private List<ExtractedQuote> FindIndirect(TextSpan sentence, int p, string? quoteSpeaker, int after, List<QuoteSpan>? quoted = null)
    {
        var results = new List<ExtractedQuote>();
        var toks = tokens[p];
        var first = TokenIndex.AtOrAfter(toks, Math.Max(sentence.Start, after));
        var last = TokenIndex.LastEndingBy(toks, sentence.End);
        // A "sentence" of thousands of words is not prose (a table, a list, a broken scrape): nothing in it is reported speech.
        if (first < 0 || last < first || last - first > MaxSentenceTokens)
        {
            return results;
        }

        var cues = new List<Cue>();
        if (quoteSpeaker is null && toks[first].Lower == "according" && first + 1 <= last && toks[first + 1].Lower == "to")
        {
            var comma = toks.FindIndex(first + 2, t => t.IsPunct(','));
            if (comma > 0 && comma < last && AccordingTo.Source(doc.Text, toks, first + 2, comma) is { } m)
            {
                cues.Add(new Cue(first, comma + 1, first, "according to", m, null, false));
            }
            else if (comma > 0 && comma < last && comma - first <= 16 && AccordingTo.Document(doc.Text, toks, first + 2, comma) is { } document)
            {
                cues.Add(new Cue(first, comma + 1, first, "according to", null, document, false));
            }
        }

        for (var v = first + 1; v <= last; v++)
        {
            var verb = toks[v];
            if (!char.IsLower(verb.Text[0]) || (quoted is not null && quoted.Any(q => q.Marks.Start <= verb.Start && verb.End <= q.Marks.End)))
            {
                continue;
            }

            var previous = cues.Count > 0 ? cues[^1] : null;
            var inherited = previous is not null ? (previous.Mention, previous.Speaker) : ((Mention?)null, quoteSpeaker);
            if (ReportedClause.Participles.Contains(verb.Lower) && toks[v - 1].IsPunct(',') && inherited.Item1 is null && inherited.Item2 is null)
            {
                // "The campaign responded Friday, saying …": with no cue before it, the participle shares the clause's subject.
                inherited = (SharedSubject(toks, first, v - 1), null);
            }

            if (ReportedClause.Participles.Contains(verb.Lower) && toks[v - 1].IsPunct(',') && (inherited.Item1 is not null || inherited.Item2 is not null))
            {
                var c = ReportedClause.ContentAfterVerb(toks, v, last);
                if (c > 0)
                {
                    cues.Add(new Cue(v, c, v - 1, verb.Lower, inherited.Item1, inherited.Item2, false));
                }

                continue;
            }

            if (!Vocabulary.IsReportingVerb(verb.Text) && !(verb.Lower == "shot" && v + 1 <= last && toks[v + 1].Lower == "back"))
            {
                continue;
            }

            if ((toks[v - 1].Lower is "and" or "but" or "then") && inherited.Item1 is null && inherited.Item2 is null && quoteSpeaker is null)
            {
                // "X welcomed the outcome but noted that …", "when Rubio thanked Miami and said …", "X offered …, then says …":
                // the cue shares its clause's subject.
                inherited = (SharedSubject(toks, first, v - 1), null);
            }

            if ((toks[v - 1].Lower is "and" or "but" or "then") && (inherited.Item1 is not null || inherited.Item2 is not null))
            {
                var c = ReportedClause.ContentAfterVerb(toks, v, last);
                if (c > 0)
                {
                    var cueStart = v - 1 > first && toks[v - 2].IsPunct(',') ? v - 2 : v - 1;
                    cues.Add(new Cue(v, c, cueStart, verb.Lower, inherited.Item1, inherited.Item2, false));
                }

                continue;
            }

            if (RelativeClause.Pronoun(toks, first, v) is var relativeAt and >= 0)
            {
                if (SubjectPhrase.IsSpeechVerb(verb.Text) && RelativeClause.End(toks, relativeAt, v, last) is var clauseEnd &&
                    ReportedClause.ContentAfterVerb(toks, v, clauseEnd) is var clauseContent and > 0)
                {
                    var group = RelativeClause.GroupBefore(doc.Text, toks, first, relativeAt);
                    var antecedent = group is null ? MentionParser.Before(doc.Text, toks, toks[relativeAt - 1].IsPunct(',') ? relativeAt - 1 : relativeAt, first) : null;
                    if ((antecedent is not null || group is not null) &&
                        Indirect(new Cue(v, clauseContent, relativeAt, verb.Lower, antecedent, group, false), toks, clauseContent, clauseEnd, sentence, p, quoted) is { } relative)
                    {
                        results.Add(relative);
                    }
                }

                continue;
            }

            if (quoteSpeaker is not null || cues.Count > 0)
            {
                continue;
            }

            var m = Asides.NameBeforePlace(doc.Text, toks, v, first) ?? MentionParser.Before(doc.Text, toks, v, first) ?? Asides.SubjectBefore(doc.Text, toks, v, first);
            if (m is null && SubjectPhrase.AuxiliariesStart(toks, first, v) is var aux && aux < v)
            {
                // "Trump isn’t saying …", "Sanders’ aides have long said …".
                m = MentionParser.Before(doc.Text, toks, aux, first);
            }

            if (m is not null && !ReportedClause.Participles.Contains(verb.Lower) && SubjectPhrase.IsPrepositionObject(toks, first, TokenIndex.AtOrAfter(toks, m.PhraseStart)))
            {
                // "Some delegates at the convention in Philadelphia said …": a name after a preposition ends the subject, it is not it.
                m = null;
            }

            if (m is null)
            {
                if (InvertedCue.Applies(toks, first, v, last) && (quoted is null || !QuotedSpeech.Attributes(toks, quoted, v, v)))
                {
                    // "But that is not good enough, said Carl Benning, an analyst …": the words before the cue are the content.
                    var inverted = MentionParser.After(doc.Text, toks, v + 1, last + 1) is { } named && InvertedCue.EndsClause(toks, named.End, last) ? named : null;
                    var group = inverted is null ? InvertedCue.GroupAfter(doc.Text, toks, v, last) : null;
                    if (inverted is not null || group is not null)
                    {
                        cues.Add(new Cue(v, first, v - 1, verb.Lower, inverted, group, true));
                        continue;
                    }
                }

                if (ReportedClause.IsClauseVerb(verb.Text) && OrganisationSubject.Before(doc.Text, toks, first, v) is { } body && ReportedClause.ContentAfterVerb(toks, v, last) is var bodyContent and > 0)
                {
                    cues.Add(new Cue(v, bodyContent, first, verb.Lower, null, body, false));
                }
                else if (SubjectPhrase.IsSpeechVerb(verb.Text) && SubjectPhrase.Before(toks, first, v) is var (phraseStart, phraseEnd))
                {
                    var who = SubjectPhrase.Text(doc.Text, toks, phraseStart, phraseEnd);
                    if (phraseStart > first && toks[phraseStart - 1].IsPunct(',') && ReportedClause.IsClauseEnd(toks, v + 1, last))
                    {
                        // "…, campaign aides said."
                        cues.Add(new Cue(v, first, phraseStart - 1, verb.Lower, null, who, true));
                    }
                    else if (ReportedClause.ContentAfterVerb(toks, v, last) is var phraseContent and > 0)
                    {
                        cues.Add(new Cue(v, phraseContent, phraseStart, verb.Lower, null, who, false));
                    }
                }

                continue;
            }

            var subjectStart = TokenIndex.AtOrAfter(toks, m.PhraseStart);
            if (quoted is not null && (QuotedSpeech.Attributes(toks, quoted, subjectStart, v) || Lexicons.ObjectTakingVerbs.Contains(verb.Text)))
            {
                // "“…,” Tan told a press conference": the quotation's own cue, whose words are the quotation; and "called the
                // outcome “a historic step”" names a thing, it reports no clause.
                continue;
            }

            // "… ended with Markey arguing that …": a participle's subject after "with".
            var atStart = subjectStart <= first + 1 || toks[subjectStart - 1].IsPunct(',') ||
                          (ReportedClause.Participles.Contains(verb.Lower) && toks[subjectStart - 1].Lower == "with") ||
                          toks.GetRange(first, subjectStart - first).All(t => t.Lower is "but" or "and" or "however" or "meanwhile" or "," or "the" or "a" or "an" or "separately" or "also") ||
                          DescribedName(toks, first, subjectStart) || ClauseOpeners.Precede(toks, first, subjectStart) ||
                          (subjectStart - 2 >= first && toks[subjectStart - 1].IsQuoteMark && toks[subjectStart - 2].IsPunct(','));
            if (!atStart)
            {
                continue;
            }

            // "…, the minister has confirmed, leaving Ireland behind …": a participle after the cue ends the reporting clause;
            // the content is what came before.
            if (v + 2 <= last && toks[v + 1].IsPunct(',') && subjectStart > first && toks[subjectStart - 1].IsPunct(',') &&
                toks[v + 2].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                cues.Add(new Cue(v, first, subjectStart - 1, verb.Lower, m, null, true));
                continue;
            }

            // "China, he said, is ready to …": the parenthetical cue leaves the rest of the sentence as the content.
            if (v + 1 <= last && toks[v + 1].IsPunct(',') && subjectStart > first && toks[subjectStart - 1].IsPunct(','))
            {
                cues.Add(new Cue(v, v + 2, subjectStart - 1, verb.Lower, m, null, false));
                continue;
            }

            if (subjectStart > first && toks[subjectStart - 1].IsPunct(',') && ReportedClause.IsClauseEnd(toks, v + 1, last))
            {
                // "…, he said." — the content is what came before the cue.
                cues.Add(new Cue(v, first, subjectStart - 1, verb.Lower, m, null, true));
                continue;
            }

            var start = ReportedClause.ContentAfterVerb(toks, v, last);
            if (start > 0)
            {
                cues.Add(new Cue(v, start, subjectStart, verb.Lower, m, null, false));
            }
        }

        if (cues.Count == 0 && quoteSpeaker is null && AccordingTo.Trailing(toks, first, last) is var according and >= 0)
        {
            // "…, according to a campaign aide.", "…, according to federal filings.": the content is what came before.
            if (AccordingTo.Source(doc.Text, toks, according + 2, last + 1) is { } source)
            {
                cues.Add(new Cue(according, first, according, "according to", source, null, true));
            }
            else if (AccordingTo.Document(doc.Text, toks, according + 2, last + 1) is { } document)
            {
                cues.Add(new Cue(according, first, according, "according to", null, document, true));
            }
        }

        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            int to;
            if (cue.Trailing)
            {
                to = cue.CueStart - 1;
            }
            else
            {
                to = i + 1 < cues.Count && !cues[i + 1].Trailing ? cues[i + 1].CueStart - 1 : last;
            }

            var quote = Indirect(cue, toks, cue.ContentStart, to, sentence, p, quoted);
            if (quote is not null)
            {
                results.Add(quote);
            }
        }

        return results;
    }

    /// <summary>"A teary-eyed Bush says …", "The combative Trump said …": a name after a determiner and a few adjectives.</summary>
    private static bool DescribedName(List<Token> toks, int first, int subjectStart) =>
        subjectStart - first is >= 2 and <= 4 && toks[first].Lower is "a" or "an" or "the" &&
        toks.GetRange(first + 1, subjectStart - first - 1).All(t => t.IsWord && char.IsLower(t.Text[0]) && !Vocabulary.IsReportingVerb(t.Text));

    /// <summary>The subject a second verb shares: the sentence's, or that of the clause the verb ends ("when Rubio thanked Miami and said").</summary>
    private Mention? SharedSubject(List<Token> toks, int first, int limit)
    {
        if (SentenceSubject(toks, first, limit) is { } subject)
        {
            return subject;
        }

        var clause = ClauseOpeners.ClauseStart(toks, first, limit);
        return clause > first ? SentenceSubject(toks, clause, limit) : null;
    }

    /// <summary>The subject at the start of a sentence, found before its first lower-case verb-like word.</summary>
    private Mention? SentenceSubject(List<Token> toks, int first, int limit)
    {
        for (var k = first + 1; k < limit; k++)
        {
            if (!toks[k].IsWord || !char.IsLower(toks[k].Text[0]) || Vocabulary.IsRole(toks[k].Text) || Vocabulary.Connectors.Contains(toks[k].Text) ||
                Vocabulary.TitleModifiers.Contains(toks[k].Text))
            {
                continue;
            }

            var m = MentionParser.Before(doc.Text, toks, k, first);
            if (m is not null && TokenIndex.AtOrAfter(toks, m.PhraseStart) <= first + 1)
            {
                return m;
            }

            if (toks[k - 1].IsPunct(',') || toks[k].Lower is "who" or "whose" or "which")
            {
                continue;
            }

            return null;
        }

        return null;
    }

    private ExtractedQuote? Indirect(Cue cue, List<Token> toks, int from, int to, TextSpan sentence, int p, List<QuoteSpan>? quoted = null)
    {
        while (to >= from && (toks[to].IsPunct('.') || toks[to].IsPunct(',') || toks[to].IsPunct(';') || toks[to].IsPunct('!') ||
                              toks[to].Lower is "and" or "but"))
        {
            to--;
        }

        // Words inside quotation marks are the direct quote's; the reported clause needs enough words of its own.
        if (from > to || toks.Skip(from).Take(to - from + 1).Count(t => t.IsWord && (quoted is null || !quoted.Any(q => q.Marks.Start <= t.Start && t.End <= q.Marks.End))) < MinIndirectWords)
        {
            return null;
        }

        var start = toks[from].Start;
        var end = Math.Min(toks[to].End, sentence.End);
        string? speaker = cue.Speaker;
        Person? person = null;
        if (cue.Mention is not null && attributor.Resolve(cue.Mention, sentence.Of(doc.Text), p, ParagraphEnd(p + 2)) is ({ } resolved, var who))
        {
            (speaker, person) = (resolved, who);
        }

        if (speaker is null)
        {
            return null;
        }

        state.Spoke(speaker, person ?? state.LastPerson, p);
        return new ExtractedQuote(doc.Text[start..end], speaker, QuoteKind.Indirect, start, end, cue.Verb_);
    }

    private int ParagraphEnd(int p) => doc.Paragraphs[Math.Min(p, doc.Paragraphs.Count - 1)].End;
}
