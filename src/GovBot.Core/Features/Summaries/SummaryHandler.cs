using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Summaries;

/// <summary>An article's summary, who it quotes and its key quotes, found by id or by words of its title.</summary>
public sealed class SummaryHandler(IArticleStore store, IKnowledgeIndex index)
{
    private const double ClearLead = 1.25;

    public CommandReply Handle(string articleRef)
    {
        var text = (articleRef ?? "").Trim().TrimStart('#');
        if (!QueryTerms.HasSearchableWords(text))
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Which article?",
                "Give an article number or some words of its title, for example `shared future`.");
        }

        Article? article = null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            article = store.FindArticle(id);
            if (article is null && store.ArticleWasRemoved(id))
            {
                return ReplyText.RemovedArticle(id);
            }
        }

        if (article is null)
        {
            var hits = index.SearchArticles(text.Length > 300 ? text[..300] : text, 6);
            if (hits.Count == 0)
            {
                var lines = new List<string> { $"No article title matches “{Features.ReplyText.Shorten(text, 80)}”." };
                var suggestions = index.SuggestTerms(text, 5);
                if (suggestions.Count > 0)
                {
                    lines.Add("Did you mean: " + string.Join(", ", suggestions) + "?");
                }

                return new CommandReply(ReplyOutcome.NothingFound, "No such article", lines, [], [], 0);
            }

            if (hits.Count > 1 && hits[0].Score < hits[1].Score * ClearLead)
            {
                var lines = new List<string> { "Several articles match. Ask again with the number of the one you mean:" };
                foreach (var hit in hits)
                {
                    if (store.FindArticle(hit.Id) is { } candidate)
                    {
                        lines.Add($"• #{candidate.Id} {candidate.Title} ({candidate.Date ?? "undated"})");
                    }
                }

                return new CommandReply(ReplyOutcome.Ambiguous, "Several articles match", lines, [], [], hits.Count);
            }

            article = store.FindArticle(hits[0].Id);
            if (article is null)
            {
                return CommandReply.Message(ReplyOutcome.NothingFound, "No such article", "That article is no longer in the store.");
            }
        }

        return Render(article);
    }

    private CommandReply Render(Article article)
    {
        var statements = store.StatementsOf(article.Id);
        var fields = new List<ReplyField>
        {
            new("Kind", article.Kind.ToString().ToLowerInvariant()),
        };
        var speakers = article.Speakers
            .Select(s => string.Join(", ", new[] { s.Name, s.Title, s.Organization }.Where(x => !string.IsNullOrWhiteSpace(x))) + (s.Country is null ? "" : $" ({s.Country})"))
            .ToList();
        if (speakers.Count > 0)
        {
            fields.Add(new ReplyField("Quoted", string.Join("\n", speakers.Take(10))));
        }

        foreach (var statement in KeyQuotes(statements, article.Topics))
        {
            fields.Add(new ReplyField(statement.SpeakerLabel, ReplyText.Said(statement, 350)));
        }

        if (article.Topics.Count > 0)
        {
            fields.Add(new ReplyField("Topics", string.Join(", ", article.Topics)));
        }

        var lines = new List<string> { article.Summary.Length > 0 ? article.Summary : "No summary could be made for this article." };
        return new CommandReply(ReplyOutcome.Answered, article.Title, lines, fields, [ReplyText.CitationOf(article)], 1)
        {
            Footer = $"Article #{article.Id}",
        };
    }

    /// <summary>
    /// Two or three named, readable statements on the article's subject, from different speakers where possible, direct
    /// speech first: a speech's opening courtesies and asides rank below what it says about its topics.
    /// </summary>
    public static IEnumerable<Statement> KeyQuotes(IReadOnlyList<Statement> statements, IReadOnlyCollection<string> topics) =>
        statements
            .Where(s => s.SpeakerId is not null && s.Text.Length is >= 40)
            .Select(s => (Statement: s, Score: KeyQuoteScore(s, topics)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Statement.Start)
            .GroupBy(x => x.Statement.SpeakerId)
            .SelectMany(g => g.Take(2))
            .OrderByDescending(x => x.Score)
            .Take(3)
            .Select(x => x.Statement)
            .OrderBy(s => s.Start);

    private static double KeyQuoteScore(Statement statement, IReadOnlyCollection<string> topics)
    {
        var kind = statement.Kind == QuoteKind.Direct ? 1.0 : 0.7;
        // Only a little for length: a long passage is shown cut, and what it says about the topics matters more.
        var length = statement.Text.Length < 60 ? statement.Text.Length / 60.0 : 1.0 / (1.0 + (Math.Max(0, statement.Text.Length - 600) / 1500.0));
        return kind * length * Text.Substance.Of(statement.Text, topics);
    }
}
