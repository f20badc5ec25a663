using System.Globalization;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>Constraints and boosts applied to ranked statements: years, title words, the UN as venue.</summary>
public sealed partial class AskHandler
{
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

    /// <summary>
    /// A person's own words answer what they did before a fact sheet's account of it, unless the account is clearly closer.
    /// </summary>
    private List<StatementHit> OwnWordsFirst(List<StatementHit> hits, IReadOnlyList<string> speakerIds) =>
        hits.Select(h => store.FindStatement(h.Id)?.SpeakerId is { } id && speakerIds.Contains(id) ? h : h with { Score = h.Score - PublisherAccountPenalty })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Id).ToList();

    private const double PublisherAccountPenalty = 0.15;

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
}
