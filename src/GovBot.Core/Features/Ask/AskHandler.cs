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

        // Officials seldom use the asker's everyday words ("data centers", not "server farms"), so meaning is also compared
        // with the question put in the record's words. Words are matched as asked: a record may hold the asker's phrase too.
        var plain = Text.PlainWords.Rewrite(question);
        return Ask(question, plain) with { ReadAs = plain };
    }

    /// <param name="plain">The question in the record's words, when that differs from the question as asked.</param>
    private AskResult Ask(string question, string? plain)
    {
        var parsed = QuestionParser.Parse(question, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var (speakerIds, topic, place, namedAs) = ResolveSpeaker(parsed);
        // "Did Biden bar agencies from buying spyware?": what a person did is told by their government's fact sheets as well
        // as in their own words. A fact sheet names them by surname ("President Biden"); a given name ("Long" of Long Zhou)
        // would admit every page that uses the word.
        IReadOnlyList<string> actedBy = place == NamePlace.Actor && namedAs.Count > 0 ? [namedAs[^1]] : [];
        if (speakerIds.Count == 0 && parsed.NamedSubject is { } subject)
        {
            // The question is about what a named person said, and nobody of that name is on record.
            return new AskResult(question, parsed, [], index.SuggestSpeakers(subject, 5))
            {
                Refusal = AskRefusal.NotOnRecord,
                RefusedSubject = subject,
            };
        }

        var result = Answer(question, plain, parsed, speakerIds, topic, actedBy);
        foreach (var looser in Loosened(parsed, speakerIds))
        {
            if (result.Found)
            {
                break;
            }

            var second = Answer(question, plain, looser, speakerIds, topic, actedBy);
            result = second.Found ? second with { Parsed = parsed, SetAside = SetAside(parsed, looser) } : result;
        }

        var guessedSpeaker = speakerIds.Count > 0 && place != NamePlace.Subject;
        var guessedCountry = speakerIds.Count == 0 && parsed.Country is not null && !parsed.CountryAsSubject;
        var names = speakerIds.Select(id => store.FindSpeaker(id)?.Name ?? id).Distinct(StringComparer.Ordinal).ToList();
        if (result.Found || !(guessedSpeaker || guessedCountry))
        {
            return result with { Speakers = names };
        }

        // Who did something ("when did Trump sign …") may not be who said it, and a name or country outside the place a
        // question names its speaker ("Lavrov's view on …", "the principles of the Declaration …", "which Chinese agency did
        // the US blame") is only a guess at who spoke: when nothing from them answers, the question is asked of everyone.
        var unconstrained = Answer(question, plain, guessedCountry ? parsed with { Country = null } : parsed, guessedSpeaker ? [] : speakerIds,
            guessedSpeaker ? parsed.Topic : topic, []);
        return unconstrained.Found
            ? unconstrained with { Parsed = parsed, Speakers = names, SetAside = [guessedSpeaker ? "the speaker" : "the country"] }
            : result with { Speakers = names };
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
        var anyRegion = speakerIds.Count == 0 && parsed.Region is not null;
        if (anyRegion)
        {
            // A region is a reading of where the speaker is from ("the little Baltic republic"); the record may place the one who
            // answers elsewhere (an EU official for "a European voice"), so meaning decides without it.
            yield return parsed with { Region = null };
        }

        var anyTitle = speakerIds.Count == 0 && parsed.RoleWords.Count > 0;
        var oneYear = parsed.FromYear is { } from && parsed.ToYear == from && !parsed.AsksWhatWasSaid;
        if (anyTitle)
        {
            yield return parsed with { RoleWords = [], RolePhrase = null };
            if (anyRegion)
            {
                // "the little Baltic republic's president": the region and the office are both the asker's reading of who spoke.
                yield return parsed with { Region = null, RoleWords = [], RolePhrase = null };
            }
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

    private static List<string> SetAside(ParsedQuestion asked, ParsedQuestion answered) =>
    [
        .. asked.Region is { } region && answered.Region is null ? [$"the {region.Name} region"] : Array.Empty<string>(),
        .. asked.RoleWords.Count > answered.RoleWords.Count ? ["the role"] : Array.Empty<string>(),
        .. asked.ToYear != answered.ToYear ? [$"the year (statements up to {answered.ToYear} count)"] : Array.Empty<string>(),
    ];

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

    /// <param name="actedBy">The words naming a person the question asks what they did: publisher statements naming them count as theirs.</param>
    private AskResult Answer(string question, string? plain, ParsedQuestion parsed, IReadOnlyList<string> speakerIds, string topic, IReadOnlyList<string> actedBy)
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

        var countries = speakerIds.Count == 0 && parsed.Country is null && parsed.Region is { } region ? region.Countries : [];
        var constrained = speakerIds.Count > 0 || parsed.Country is not null || countries.Count > 0 || parsed.RoleWords.Count > 0;
        var query = new StatementQuery(expanded.Text, Candidates)
        {
            SynonymGroups = expanded.Groups,
            SpeakerIds = speakerIds,
            PublisherNaming = speakerIds.Count > 0 ? actedBy : [],
            Country = speakerIds.Count == 0 ? parsed.Country : null,
            Countries = countries,
            RoleWords = speakerIds.Count == 0 ? parsed.RoleWords : [],
            FromYear = parsed.FromYear,
            ToYear = parsed.ToYear,
        };

        List<StatementHit> hits;
        var refusal = AskRefusal.NoMatchingWords;
        MeaningCheck? meaning = null;
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
            if (SimilarToAnyReading(query with { Limit = Candidates }, question, plain, corrections) is { } similar)
            {
                var evidence = Evidence(topic, hits, query, expanded);
                meaning = new MeaningCheck(similar.Count > 0 ? similar[0].Score : 0, HybridRanking.Needed(Hybrid, evidence), evidence);
                (hits, refusal) = HybridRanking.Combine(hits, similar, Hybrid, evidence);
            }

            if (query.PublisherNaming.Count > 0)
            {
                hits = OwnWordsFirst(hits, speakerIds);
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
        return result with { Meaning = meaning };
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
        return new CommandReply(ReplyOutcome.Answered, ReplyText.Shorten(question, 200), SetAsideNote(result.SetAside), fields, citations, fields.Count)
        {
            Footer = Provenance(result.Answers),
            PageSize = AnswersPerPage,
        };
    }

    /// <summary>
    /// A reader who asked of a region, role, year or person must not take answers from beyond it for what they asked: the
    /// reply says what it set aside.
    /// </summary>
    private static List<string> SetAsideNote(IReadOnlyList<string> setAside) =>
        setAside.Count == 0 ? [] : [$"Nothing answered with {string.Join(" and ", setAside)} as asked, so the answers below set {(setAside.Count > 1 ? "them" : "it")} aside."];

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
