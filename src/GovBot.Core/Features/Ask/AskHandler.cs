using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// Answers a plain-language question from stored statements only: every sentence of the answer is a stored
/// statement, verbatim, under a lead line made from stored fields. When nothing clears the relevance bar, it says
/// so and suggests speakers or words that do exist.
/// </summary>
public sealed partial class AskHandler(IArticleStore store, IKnowledgeIndex index, TimeProvider time)
{
    private readonly VenueDocuments venues = new(store);
    private readonly AskRefusalReply refusals = new(index);

    public const int MaxQuestionLength = 500;

    /// <summary>Share of the topic's (idf-weighted) words a statement must contain to count as an answer.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>How much of that bar remains when the question names a speaker, country or role.</summary>
    public const double ConstrainedFactor = 0.65;

    /// <summary>Topics up to this many words must match the full <see cref="MinCoverage"/>.</summary>
    private const double ShortTopicWords = 4;

    private const int Candidates = 40;

    /// <summary>The share of a topic statements outside the question's constraints must hold for its words to count against an answer.</summary>
    private const double ElsewhereCoverage = 0.6;
    private const double TitleWeight = 0.5;
    private const int MaxAnswers = 9;
    private const int AnswersPerPage = 3;

    /// <summary>How word and meaning rankings combine; the default is the calibrated one.</summary>
    public HybridSettings Hybrid { get; init; } = HybridSettings.Default;

    public AskResult Ask(string question)
    {
        question = (question ?? "").Trim();
        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength];
        }

        var parsed = QuestionParser.Parse(question, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var (speakerIds, topic, place) = ResolveSpeaker(parsed);
        if (speakerIds.Count == 0 && parsed.NamedSubject is { } subject)
        {
            // The question is about what a named person said, and nobody of that name is on record.
            return new AskResult(question, parsed, [], index.SuggestSpeakers(subject, 5))
            {
                Refusal = AskRefusal.NotOnRecord,
                RefusedSubject = subject,
            };
        }

        var result = Answer(question, parsed, speakerIds, topic);
        foreach (var looser in Loosened(parsed, speakerIds))
        {
            if (result.Found)
            {
                break;
            }

            var second = Answer(question, looser, speakerIds, topic);
            result = second.Found ? second : result;
        }

        var guessedSpeaker = speakerIds.Count > 0 && place != NamePlace.Subject;
        var guessedCountry = speakerIds.Count == 0 && parsed.Country is not null && !parsed.CountryAsSubject;
        if (result.Found || !(guessedSpeaker || guessedCountry))
        {
            return result;
        }

        // Who did something ("when did Trump sign …") may not be who said it, and a name or country outside the place a
        // question names its speaker ("Lavrov's view on …", "the principles of the Declaration …", "which Chinese agency did
        // the US blame") is only a guess at who spoke: when nothing from them answers, the question is asked of everyone.
        var unconstrained = Answer(question, guessedCountry ? parsed with { Country = null } : parsed, guessedSpeaker ? [] : speakerIds,
            guessedSpeaker ? parsed.Topic : topic);
        return unconstrained.Found ? unconstrained : result;
    }

    /// <summary>
    /// Readings of the question that hold it less to the asker's own words, tried in turn when nothing answers. An office is
    /// described in the asker's words ("Beijing's top cyber envoy"), seldom in the title the record holds ("Coordinator for
    /// Cyber Affairs"), so the country and meaning decide without it. A year asked about with no speech verb ("how often did
    /// intruders attack … in 2015") is as often the year spoken of as the year spoken in, and a year is told of early in the
    /// next ("last year alone").
    /// </summary>
    private static IEnumerable<ParsedQuestion> Loosened(ParsedQuestion parsed, IReadOnlyList<string> speakerIds)
    {
        var anyTitle = speakerIds.Count == 0 && parsed.RoleWords.Count > 0;
        var oneYear = parsed.FromYear is { } from && parsed.ToYear == from && !parsed.AsksWhatWasSaid;
        if (anyTitle)
        {
            yield return parsed with { RoleWords = [], RolePhrase = null };
        }

        if (oneYear)
        {
            var toldAfter = parsed with { ToYear = parsed.ToYear + 1 };
            yield return toldAfter;
            if (anyTitle)
            {
                yield return toldAfter with { RoleWords = [], RolePhrase = null };
            }
        }
    }

    /// <summary>
    /// Where the question names a speaker it resolved: as who spoke (a firm constraint), as who did something, or elsewhere
    /// (both constraints that give way when nothing from that person answers).
    /// </summary>
    private enum NamePlace
    {
        Subject,
        Actor,
        Elsewhere,
    }

    private AskResult Answer(string question, ParsedQuestion parsed, IReadOnlyList<string> speakerIds, string topic)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        topic = string.Join(' ', KnownTopicWords(topic, corrections)
            // Statements from the country asked about name it all the time; its name again is no evidence of the topic.
            .Where(w => parsed.Country is null || Text.CountryNames.Shared.Normalize(QuestionParser.WithoutPossessive(w)) != parsed.Country));
        var expanded = Expand(topic);
        if (topic.Length == 0 && speakerIds.Count == 0 && parsed.Venue is { } forum)
        {
            // "What was said at the IGF?": with nothing else asked, the venue's own names are what to look for.
            expanded = new ExpandedTopic("", [forum.Names]);
        }

        var constrained = speakerIds.Count > 0 || parsed.Country is not null || parsed.RoleWords.Count > 0;
        var query = new StatementQuery(expanded.Text, Candidates)
        {
            SynonymGroups = expanded.Groups,
            SpeakerIds = speakerIds,
            Country = speakerIds.Count == 0 ? parsed.Country : null,
            RoleWords = speakerIds.Count == 0 ? parsed.RoleWords : [],
            FromYear = parsed.FromYear,
            ToYear = parsed.ToYear,
        };

        List<StatementHit> hits;
        var refusal = AskRefusal.NoMatchingWords;
        WordEvidence? evidence = null;
        if (topic.Length == 0 && speakerIds.Count > 0)
        {
            hits = speakerIds.SelectMany(id => index.BestStatementsOf(id, MaxAnswers))
                .Select(id => new StatementHit(id, 0, 1))
                .Where(h => WithinYears(h.Id, parsed))
                .ToList();
        }
        else
        {
            // A named speaker, country or role already narrows the field, so the topic may match more loosely.
            var minCoverage = CoverageBar(expanded) * (constrained ? ConstrainedFactor : 1.0);
            hits = BoostByTitle(index.SearchStatements(query).Where(h => h.Coverage >= minCoverage).ToList(), topic);
            if (hits.Count == 0 && query.RoleWords.Count > 0 && parsed.RolePhrase is { } role)
            {
                hits = StatementsNamingTheRole(query, expanded, role, topic);
            }

            // Meaning decides whether anything answers, and joins the ranking, whenever the model can compare meanings.
            if (SimilarToEitherReading(query with { Limit = Candidates }, question, corrections) is { } similar)
            {

                evidence = Evidence(topic, hits, query, expanded);
                (hits, refusal) = HybridRanking.Combine(hits, similar, Hybrid, evidence.Value);
            }
        }

        if (parsed.AtUnitedNations)
        {
            hits = BoostUnitedNations(hits);
        }
        else if (parsed.Venue is { } venue)
        {
            hits = venues.NamingTheVenueFirst(hits, venue, ArticleOf);
        }

        var answers = Diverse(hits).Take(MaxAnswers).Select(ToAnswer).OfType<AskAnswer>().ToList();
        var result = answers.Count > 0 ? new AskResult(question, parsed, answers, []) : Refuse(question, parsed, speakerIds, topic, refusal, corrections);
        return result with { Evidence = evidence };
    }

    public CommandReply Handle(string question)
    {
        if (string.IsNullOrWhiteSpace(question) || !QueryTerms.HasSearchableWords(question))
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "What would you like to know?",
                "Ask in plain words, for example: What did Russia say about the UN's role in cyberspace?");
        }

        var result = Ask(question);
        if (!result.Found)
        {
            return refusals.Reply(result);
        }

        var fields = result.Answers.Select(a => new ReplyField(Lead(a, result.Parsed.Type), $"{ReplyText.Said(a.Text, a.Kind, 700)}\n— {a.Title}")
        {
            Source = new Citation(a.Title, a.Source, a.Date, a.Url),
        }).ToList();
        var citations = fields.Select(f => f.Source!).Distinct().ToList();
        return new CommandReply(ReplyOutcome.Answered, ReplyText.Shorten(question, 200), [], fields, citations, fields.Count)
        {
            Footer = Provenance(result.Answers),
            PageSize = AnswersPerPage,
        };
    }

    /// <summary>Says "verbatim" only of direct speech: reported speech is the source's account, and is labelled so.</summary>
    private static string Provenance(IReadOnlyList<AskAnswer> answers) =>
        answers.All(a => a.Kind == QuoteKind.Direct) ? "Quoted verbatim from stored statements"
        : answers.All(a => a.Kind != QuoteKind.Direct) ? $"Reported speech from stored statements: the source's account of what was said, not the speaker's words"
        : $"In quotation marks: verbatim from stored statements; marked {ReplyText.ReportedLabel}: the source's account of what was said, not the speaker's words";

    /// <summary>"Long Zhou, Coordinator for Cyber Affairs (China), 20 Dec 2017:" — made from stored fields only.</summary>
    public static string Lead(AskAnswer answer, QuestionType type)
    {
        var who = answer.Role is { Length: > 0 } role ? $"{answer.Speaker}, {role}" : answer.Speaker;
        if (answer.Country is { Length: > 0 } country && !who.Contains(country, StringComparison.Ordinal))
        {
            who += $" ({country})";
        }

        var when = FormatDate(answer.Date);
        return type == QuestionType.When && when is not null ? $"{when}: {who}" : when is null ? $"{who}:" : $"{who}, {when}:";
    }

    private static string? FormatDate(string? date) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : date;

    /// <summary>
    /// No answer: says why, and offers what the record does hold. A speaker on record gets the topics they speak about;
    /// otherwise near spellings of words the record lacks ("ransomeware"), and the topics of documents on the question's
    /// words, or else the store's commonest topics, so the reader has somewhere real to go next.
    /// </summary>
    private AskResult Refuse(string question, ParsedQuestion parsed, IReadOnlyList<string> speakerIds, string topic, AskRefusal refusal,
        IReadOnlyDictionary<string, string> corrections)
    {
        if (speakerIds.Count > 0)
        {
            var name = store.FindSpeaker(speakerIds[0])?.Name ?? speakerIds[0];
            return new AskResult(question, parsed, [], TopicsOfSpeakers(speakerIds))
            {
                Refusal = AskRefusal.NothingBySpeaker,
                RefusedSubject = name,
                RefusedTopic = topic,
                SpeakerStatements = speakerIds.Sum(id => index.StatsFor(id).Statements),
            };
        }

        var words = parsed.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The near spellings the search already found for lower-case words the record lacks; capitalised unknown words are
        // named things ("FIFA"), never corrected, since a near spelling of them would only mislead.
        var offered = corrections.Where(c => char.IsLower(c.Key[0])).Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var known = string.Join(' ', words.Where(index.Knows));
        var topics = known.Length == 0 ? [] : TopicsOfArticles(index.SearchArticles(known, 3).Select(h => h.Id));
        return new AskResult(question, parsed, [], topics.Count > 0 ? topics : index.TopTopics(6))
        {
            Refusal = refusal == AskRefusal.NoMatchingWords ? refusal : AskRefusal.NothingCloseInMeaning,
            // The reader's own words, not the corrected ones the search used: a correction is offered, never put in their mouth.
            RefusedSubject = parsed.Topic.Length > 0 ? parsed.Topic : parsed.Venue is { } venue ? $"the {venue.Name}" : "",
            Corrections = offered,
        };
    }

    private List<string> TopicsOfSpeakers(IReadOnlyList<string> speakerIds) =>
        TopicsOfArticles(speakerIds.SelectMany(id => index.BestStatementsOf(id, 25))
            .Select(id => store.FindStatement(id)?.ArticleId)
            .OfType<long>());

    /// <summary>The topics the given articles are about, commonest first.</summary>
    private List<string> TopicsOfArticles(IEnumerable<long> articleIds) =>
        articleIds.Distinct()
            .Select(store.FindArticle)
            .OfType<Article>()
            .SelectMany(a => a.Topics)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(6)
            .ToList();

    /// <summary>
    /// Nobody holding the role is on record on the topic, but a readout or fact sheet may tell what the office did
    /// ("National Cyber Director Chris Inglis traveled to Israel …"): statements that name the role, held to the full bar.
    /// </summary>
    private List<StatementHit> StatementsNamingTheRole(StatementQuery query, ExpandedTopic expanded, string role, string topic)
    {
        // The role counts as one exact phrase, so naming a "prime minister" in passing cannot carry an unrelated topic.
        var widened = expanded with { Groups = [.. expanded.Groups, [role]] };
        var minCoverage = CoverageBar(widened);
        var hits = index.SearchStatements(query with { SynonymGroups = widened.Groups, RoleWords = [] });
        return BoostByTitle(hits.Where(h => h.Coverage >= minCoverage).ToList(), topic);
    }

    /// <summary>
    /// The topic words a statement can be held to. A lower-case word no statement uses is a typo when a known word is one
    /// or two letters away ("ransomeware"), and is replaced by it. Otherwise it is filler in a long question, dropped, but the
    /// very subject of a short one ("the notpetya attack"), kept so the question is refused. Capitalised unknown words are
    /// named things ("CrowdStrike", "FIFA") the corpus lacks, and always count.
    /// </summary>
    private IEnumerable<string> KnownTopicWords(string topic, Dictionary<string, string> corrections)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(char.IsDigit)).ToList();
        foreach (var word in words)
        {
            if (index.IsCommonWord(word))
            {
                // "got into" is no misspelt "indo": a function word is read past, as the index reads past it.
                continue;
            }

            if (char.IsUpper(word[0]) || index.Knows(word))
            {
                yield return word;
            }
            else if (index.NearestWord(word) is { } corrected)
            {
                corrections[word] = corrected;
                yield return corrected;
            }
            else if (words.Count <= ShortTopicWords)
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// A topic word the record has no statement with, kept because it is a named thing or the subject of a short question,
    /// counts against an answer; so do a short question's words that no statement holds, and words found only outside the
    /// question's constraints. Otherwise statements sharing the words count for one, and a long question sharing none (a
    /// paraphrase) leaves meaning to decide.
    /// </summary>
    private WordEvidence Evidence(string topic, IReadOnlyList<StatementHit> hits, StatementQuery query, ExpandedTopic expanded)
    {
        if (topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !index.Knows(w)))
        {
            return WordEvidence.Against;
        }

        if (hits.Count > 0)
        {
            return WordEvidence.Shared;
        }

        // A short question is its words: when no statement holds them ("who won the football match"), they count against an
        // answer. Only a longer one may be a paraphrase whose every word differs from its answer's.
        var asked = expanded.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + expanded.Groups.Count;
        if (asked <= ShortTopicWords)
        {
            return WordEvidence.Against;
        }

        var constrained = query.SpeakerIds.Count > 0 || query.Country is not null || query.RoleWords.Count > 0 || query.FromYear is not null || query.ToYear is not null;
        if (!constrained)
        {
            return WordEvidence.NoneShared;
        }

        var everyone = query with { SpeakerIds = [], Country = null, RoleWords = [], FromYear = null, ToYear = null };
        var bar = CoverageBar(expanded);
        // Most of the topic, not a word or two of a long paraphrase, must be found elsewhere to say the record speaks of it, only not here.
        return index.SearchStatements(everyone).Any(h => h.Coverage >= Math.Max(bar, ElsewhereCoverage)) ? WordEvidence.Against : WordEvidence.NoneShared;
    }

    /// <summary>
    /// The statements closest in meaning to the question as asked or as corrected, each at its better score. The model reads
    /// a typo ("cybercrme") as unrelated word pieces, so the corrected reading finds its answer; but a sound word the record
    /// happens to lack ("griped", "gratis") is "corrected" into another word, and then the question as asked finds it.
    /// </summary>
    private IReadOnlyList<StatementHit>? SimilarToEitherReading(StatementQuery query, string question, Dictionary<string, string> corrections)
    {
        var asked = index.SearchSimilar(query, question);
        if (asked is null || corrections.Count == 0)
        {
            return asked;
        }

        var corrected = index.SearchSimilar(query, Corrected(question, corrections)) ?? [];
        return asked.Concat(corrected)
            .GroupBy(h => h.Id)
            .Select(g => g.MaxBy(h => h.Score)!)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Id)
            .Take(query.Limit)
            .ToList();
    }

    private static string Corrected(string question, Dictionary<string, string> corrections) =>
        corrections.Aggregate(question, (text, c) => System.Text.RegularExpressions.Regex.Replace(text,
            $@"\b{System.Text.RegularExpressions.Regex.Escape(c.Key)}\b", c.Value, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <summary>Common English words that are also surnames: in a lower-case question they are words, not people.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "long", "may", "will", "brown", "green", "white", "black", "young", "rice", "price", "bush", "hill", "king", "bell",
        "law", "rule", "rules", "security", "cyber", "hack", "state", "states", "china", "russia", "data", "power", "strong",
    };

    /// <summary>The speakers a question names, its topic less their name, and where it names them.</summary>
    private (IReadOnlyList<string> SpeakerIds, string Topic, NamePlace Place) ResolveSpeaker(ParsedQuestion parsed)
    {
        foreach (var candidate in parsed.NameCandidates.OrderByDescending(c => c.Split(' ').Length))
        {
            var capitalised = char.IsUpper(candidate[0]);
            if (!capitalised && (CommonWords.Contains(candidate) || candidate.Length < 4))
            {
                continue;
            }

            var matches = index.FindSpeakers(candidate, 5);
            if (matches.Count == 0)
            {
                continue;
            }

            // "The Biden administration", "Trump's government": the government a person led speaks, not the person.
            if (System.Text.RegularExpressions.Regex.IsMatch(parsed.Topic, $@"\b{System.Text.RegularExpressions.Regex.Escape(candidate)}(?:['’]s)?\s+(?:administration|government)",
                    System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            {
                continue;
            }

            // An abbreviation the lexicon does not know ("CISA") is a body's name unless someone on record is called exactly that.
            if (IsAbbreviation(candidate) && matches[0].Score < 1.0)
            {
                continue;
            }

            var best = matches[0];
            // Lower-case words are a name only when one of them is a word of the name itself, not of a title kept as an
            // alias ("information security" is no name, though a long alias holds "Information Technology").
            if (!capitalised && !SharesWord(best.Name, candidate))
            {
                continue;
            }

            var multiWord = candidate.Contains(' ', StringComparison.Ordinal);
            // One word must match a name's word exactly; two or more may carry a typo ("Anne Neubrger").
            if (best.Score < (multiWord ? 0.6 : 0.85))
            {
                continue;
            }

            // Several speakers tied on the same words are usually one person under several spellings ("Biden", "Joe Biden").
            var tied = matches.Where(m => m.Score >= best.Score - 0.15 && SharesWord(m.Name, candidate)).Select(m => m.SpeakerId).ToList();
            var words = candidate.Split(' ');
            var topic = string.Join(' ', parsed.Topic.Split(' ').Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase)));
            bool Within(IReadOnlyList<string> slot) => words.All(w => slot.Contains(QuestionParser.WithoutPossessive(w), StringComparer.OrdinalIgnoreCase));
            var place = Within(parsed.SubjectWords) ? NamePlace.Subject : Within(parsed.ActorWords) ? NamePlace.Actor : NamePlace.Elsewhere;
            return (tied.Count > 0 ? tied : [best.SpeakerId], topic, place);
        }

        return ([], parsed.Topic, NamePlace.Elsewhere);
    }

    private static bool IsAbbreviation(string candidate) =>
        candidate.Length >= 2 && candidate.Any(char.IsLetter) && candidate.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');

    private static bool SharesWord(string name, string candidate)
    {
        var nameWords = Text.NameKey.Tokens(name);
        return Text.NameKey.Tokens(candidate).Any(w => nameWords.Contains(w));
    }

    /// <summary>
    /// The topic's words that have synonyms, each as a group with the asked form first, and the words that have none.
    /// Two words may be one entry ("cyber attacks" for "cyberattacks"), so pairs are looked up first.
    /// </summary>
    private static ExpandedTopic Expand(string topic)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = new List<string>();
        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < words.Length; i++)
        {
            var pair = i + 1 < words.Length ? QuestionParser.WithoutPossessive(words[i]) + " " + QuestionParser.WithoutPossessive(words[i + 1]) : null;
            var asked = pair is not null && AskLexicon.Synonyms.ContainsKey(pair) ? pair : QuestionParser.WithoutPossessive(words[i]);
            if (AskLexicon.Synonyms.TryGetValue(asked, out var group))
            {
                groups.Add([asked, .. group.Where(g => !g.Equals(asked, StringComparison.OrdinalIgnoreCase))]);
                i += asked == pair ? 1 : 0;
            }
            else
            {
                plain.Add(words[i]);
            }
        }

        return new ExpandedTopic(string.Join(' ', plain), groups);
    }

    /// <summary>The topic's words without synonyms, and its words with theirs, each group led by the word asked.</summary>
    private sealed record ExpandedTopic(string Text, IReadOnlyList<IReadOnlyList<string>> Groups);

    /// <summary>
    /// The share of the topic a statement must cover. A long paraphrase ("who wants a new UN-backed body to lay down
    /// ethical rules for digital tech") carries filler no statement repeats, so the share falls as the question grows,
    /// as with a search engine's minimum-should-match.
    /// </summary>
    private static double CoverageBar(ExpandedTopic expanded)
    {
        var asked = expanded.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + expanded.Groups.Count;
        return MinCoverage * Math.Min(1.0, Math.Sqrt(ShortTopicWords / Math.Max(1.0, asked)));
    }

    private bool WithinYears(long statementId, ParsedQuestion parsed)
    {
        if (parsed.FromYear is null && parsed.ToYear is null)
        {
            return true;
        }

        var date = store.FindStatement(statementId)?.Date;
        var year = date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        return year is not null && (parsed.FromYear is null || year >= parsed.FromYear) && (parsed.ToYear is null || year <= parsed.ToYear);
    }

    /// <summary>
    /// Statements from articles whose title matches the topic rank higher: "When did Putin meet the head of
    /// Roskomnadzor?" is answered by the meeting's own record before passing mentions elsewhere.
    /// </summary>
    private List<StatementHit> BoostByTitle(List<StatementHit> hits, string topic)
    {
        if (hits.Count < 2 || topic.Length == 0)
        {
            return hits;
        }

        var titles = index.SearchArticles(topic, 10);
        if (titles.Count == 0)
        {
            return hits;
        }

        var best = titles[0].Score;
        var boost = titles.ToDictionary(t => t.Id, t => 1 + (TitleWeight * t.Score / best));
        return hits
            .Select(h => (Hit: h, Factor: boost.TryGetValue(h.ArticleId, out var f) ? f : 1.0))
            .OrderByDescending(x => x.Hit.Score * x.Factor)
            .Select(x => x.Hit with { Score = x.Hit.Score * x.Factor })
            .ToList();
    }

    /// <summary>Statements made at the UN (by their article's title) first, the others after them in their own order.</summary>
    private List<StatementHit> BoostUnitedNations(List<StatementHit> hits)
    {
        var atUn = new Dictionary<long, bool>();
        bool AtUn(StatementHit hit)
        {
            var articleId = ArticleOf(hit);
            if (!atUn.TryGetValue(articleId, out var yes))
            {
                atUn[articleId] = yes = store.FindArticle(articleId)?.Title is { } title && UnTitle().IsMatch(title);
            }

            return yes;
        }

        return hits.OrderByDescending(AtUn).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:UN|U\.N\.|United Nations|General Assembly|Security Council)\b")]
    private static partial System.Text.RegularExpressions.Regex UnTitle();

    /// <summary>The hit's article; hits made from a speaker's best statements carry none, so the store is asked then.</summary>
    private long ArticleOf(StatementHit hit) => hit.ArticleId != 0 ? hit.ArticleId : store.FindStatement(hit.Id)?.ArticleId ?? -1;

    /// <summary>Best first, but not three paragraphs of one speech when other documents also answer.</summary>
    private IEnumerable<StatementHit> Diverse(List<StatementHit> hits)
    {
        var seen = new HashSet<long>();
        var deferred = new List<StatementHit>();
        foreach (var hit in hits)
        {
            if (seen.Add(ArticleOf(hit)))
            {
                yield return hit;
            }
            else
            {
                deferred.Add(hit);
            }
        }

        foreach (var hit in deferred)
        {
            yield return hit;
        }
    }

    private AskAnswer? ToAnswer(StatementHit hit)
    {
        var statement = store.FindStatement(hit.Id);
        var article = statement is null ? null : store.FindArticle(statement.ArticleId);
        if (statement is null || article is null)
        {
            return null;
        }

        var profile = statement.SpeakerId is null ? null : store.FindSpeaker(statement.SpeakerId);
        return new AskAnswer(article.Document, article.Title, profile?.Name ?? statement.SpeakerLabel,
            string.IsNullOrWhiteSpace(statement.SpeakerRole) ? null : statement.SpeakerRole, statement.Country,
            Text.StatementText.Clean(statement.Text), article.Source, article.Date, article.Url, Math.Round(hit.Score * Math.Max(0.01, hit.Coverage), 4))
        {
            Kind = statement.Kind,
        };
    }
}
