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
public sealed class AskHandler(IArticleStore store, IKnowledgeIndex index, TimeProvider time)
{
    public const int MaxQuestionLength = 500;

    /// <summary>Share of the topic's (idf-weighted) words a statement must contain to count as an answer.</summary>
    public const double MinCoverage = 0.6;

    private const int Candidates = 40;
    private const int MaxAnswers = 9;
    private const int AnswersPerPage = 3;

    public AskResult Ask(string question)
    {
        question = (question ?? "").Trim();
        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength];
        }

        var parsed = QuestionParser.Parse(question, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var (speakerId, topic) = ResolveSpeaker(parsed);
        var expanded = Expand(topic);
        var query = new StatementQuery(expanded, Candidates)
        {
            SpeakerId = speakerId,
            Country = speakerId is null ? parsed.Country : null,
            RoleWords = speakerId is null ? parsed.RoleWords : [],
            FromYear = parsed.FromYear,
            ToYear = parsed.ToYear,
        };

        List<StatementHit> hits;
        if (topic.Length == 0 && speakerId is not null)
        {
            hits = index.BestStatementsOf(speakerId, MaxAnswers)
                .Select(id => new StatementHit(id, 0, 1))
                .Where(h => WithinYears(h.Id, parsed))
                .ToList();
        }
        else
        {
            var minCoverage = Math.Min(MinCoverage, CoverageBar(topic, expanded));
            hits = index.SearchStatements(query).Where(h => h.Coverage >= minCoverage).ToList();
        }

        var answers = Diverse(hits).Take(MaxAnswers).Select(ToAnswer).OfType<AskAnswer>().ToList();
        var suggestions = answers.Count > 0 ? [] : index.SuggestTerms(question, 5);
        return new AskResult(question, parsed, answers, suggestions);
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
            var lines = new List<string> { "No stored statement answers that question." };
            if (result.Suggestions.Count > 0)
            {
                lines.Add("Speakers and words I do know that come close: " + string.Join(", ", result.Suggestions) + ".");
            }

            lines.Add("Try naming a speaker, a country or a topic such as ransomware, norms or the UN.");
            return new CommandReply(ReplyOutcome.NothingFound, "No answer on record", lines, [], [], 0);
        }

        var fields = result.Answers.Select(a => new ReplyField(Lead(a, result.Parsed.Type), $"{ReplyText.Quote(a.Text, 700)}\n— {a.Title}")).ToList();
        var citations = result.Answers.Select(a => new Citation(a.Title, a.Source, a.Date, a.Url)).Distinct().ToList();
        return new CommandReply(ReplyOutcome.Answered, ReplyText.Shorten(question, 200), [], fields, citations, fields.Count)
        {
            Footer = "Quoted verbatim from stored statements",
            PageSize = AnswersPerPage,
        };
    }

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

    private (string? SpeakerId, string Topic) ResolveSpeaker(ParsedQuestion parsed)
    {
        foreach (var candidate in parsed.NameCandidates.OrderByDescending(c => c.Split(' ').Length))
        {
            var capitalised = char.IsUpper(candidate[0]);
            var matches = index.FindSpeakers(candidate, 3);
            if (matches.Count == 0)
            {
                continue;
            }

            var best = matches[0];
            var clear = matches.Count == 1 || matches[1].Score < best.Score - 0.001;
            // Lower-case words are only names when they match a name exactly; capitalised ones may be misspelt.
            if (clear && (best.Score >= 0.9 || (capitalised && best.Score >= 0.6)))
            {
                var topic = string.Join(' ', parsed.Topic.Split(' ').Where(w => !candidate.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)));
                return (best.SpeakerId, topic);
            }
        }

        return (null, parsed.Topic);
    }

    private static string Expand(string topic)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var extra = new List<string>();
        foreach (var word in words)
        {
            if (AskLexicon.Synonyms.TryGetValue(word, out var group))
            {
                extra.AddRange(group.Where(g => !g.Equals(word, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return extra.Count == 0 ? topic : topic + " " + string.Join(' ', extra);
    }

    /// <summary>Synonyms widen the query, so the share that must match is measured against the words actually asked.</summary>
    private static double CoverageBar(string topic, string expanded)
    {
        var asked = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var all = expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return all == 0 ? MinCoverage : MinCoverage * asked / all;
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

    /// <summary>Best first, but not three paragraphs of one speech when other documents also answer.</summary>
    private IEnumerable<StatementHit> Diverse(List<StatementHit> hits)
    {
        var seen = new HashSet<long>();
        var deferred = new List<StatementHit>();
        foreach (var hit in hits)
        {
            var articleId = store.FindStatement(hit.Id)?.ArticleId ?? -1;
            if (seen.Add(articleId))
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
            statement.Text, article.Source, article.Date, article.Url, Math.Round(hit.Score * Math.Max(0.01, hit.Coverage), 4));
    }
}
