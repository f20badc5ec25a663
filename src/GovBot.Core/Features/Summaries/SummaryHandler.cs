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

        foreach (var statement in KeyQuotes(statements))
        {
            fields.Add(new ReplyField(statement.SpeakerLabel, ReplyText.Quote(statement.Text, 350)));
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

    /// <summary>Two or three named, direct, readable statements, from different speakers where possible.</summary>
    private static IEnumerable<Statement> KeyQuotes(IReadOnlyList<Statement> statements) =>
        statements
            .Where(s => s.SpeakerId is not null && s.Text.Length is >= 40)
            .OrderBy(s => s.Kind == QuoteKind.Direct ? 0 : 1)
            .ThenBy(s => Math.Abs(s.Text.Length - 220))
            .GroupBy(s => s.SpeakerId)
            .SelectMany(g => g.Take(2))
            .OrderBy(s => s.Kind == QuoteKind.Direct ? 0 : 1)
            .Take(3)
            .OrderBy(s => s.Start);
}
