using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Articles;

/// <summary>
/// /article list|show|remove for moderators. Removal is two-step: without <c>confirm</c> it shows what would go;
/// with it the article and its statements leave the store and the index in one step, and the audit log says who.
/// </summary>
public sealed class ArticleCommand(IArticleStore store, IKnowledgeIndex index, IAuditLog audit, TimeProvider time) : ISlashCommand
{
    private const int ListPageSize = 10;
    private const int MaxListed = 200;

    public CommandDefinition Definition { get; } = new("article", "Manage stored articles (moderators)",
    [
        new CommandOption("list", "Stored articles, newest first", CommandOptionType.Subcommand)
        {
            Options =
            [
                new CommandOption("source", "Only articles from this source", CommandOptionType.String) { MaxLength = 100 },
                new CommandOption("speaker", "Only articles quoting this person", CommandOptionType.String) { MaxLength = 100 },
            ],
        },
        new CommandOption("show", "One article's details", CommandOptionType.Subcommand)
        {
            Options = [new CommandOption("article", "Article number or words of its title", CommandOptionType.String, Required: true) { MaxLength = 300 }],
        },
        new CommandOption("remove", "Remove an article and its statements", CommandOptionType.Subcommand)
        {
            Options =
            [
                new CommandOption("article", "Article number", CommandOptionType.Integer, Required: true) { MinValue = 1 },
                new CommandOption("confirm", "Set to True to remove it; without it you see what would be removed", CommandOptionType.Boolean),
            ],
        },
    ])
    {
        ModeratorOnly = true,
    };

    public CommandReply Execute(CommandInput input) => input.Subcommand switch
    {
        "list" => List(input.Get("source"), input.Get("speaker")),
        "show" => Show(input.Get("article") ?? ""),
        "remove" => Remove(input.GetInt("article"), input.Get("confirm") == "true", input.Caller.UserId ?? "terminal"),
        _ => CommandReply.Message(ReplyOutcome.InvalidInput, "Which action?", "Use /article list, /article show or /article remove."),
    };

    private CommandReply List(string? source, string? speaker)
    {
        var articles = store.AllArticleHeaders()
            .Where(a => source is null || (a.Source ?? "").Contains(source, StringComparison.OrdinalIgnoreCase))
            .Where(a => speaker is null || a.Speakers.Any(s => s.Name.Contains(speaker, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(a => a.Date ?? "", StringComparer.Ordinal)
            .ThenByDescending(a => a.Id)
            .ToList();
        if (articles.Count == 0)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "No articles", "No stored article matches that filter.");
        }

        var fields = articles.Take(MaxListed)
            .Select(a => new ReplyField($"#{a.Id} {ReplyText.Shorten(a.Title, 200)}", $"{a.Date ?? "undated"} · {a.Source ?? "unknown source"} · {a.Kind.ToString().ToLowerInvariant()}"))
            .ToList();
        return new CommandReply(ReplyOutcome.Answered, "Stored articles", [$"{articles.Count} articles in all, newest first."], fields, [], fields.Count)
        {
            PageSize = ListPageSize,
        };
    }

    private CommandReply Show(string reference)
    {
        var article = Find(reference);
        if (article is null)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "No such article", $"No stored article matches “{ReplyText.Shorten(reference, 80)}”.");
        }

        var statements = store.StatementsOf(article.Id);
        return new CommandReply(ReplyOutcome.Answered, $"#{article.Id} {article.Title}", [article.Summary],
        [
            new ReplyField("Document", article.Document),
            new ReplyField("Kind", article.Kind.ToString().ToLowerInvariant()),
            new ReplyField("Statements", statements.Count.ToString(CultureInfo.InvariantCulture)),
            new ReplyField("Speakers", article.Speakers.Count == 0 ? "none named" : string.Join(", ", article.Speakers.Select(s => s.Name))),
            new ReplyField("Imported", article.ImportedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        ], [ReplyText.CitationOf(article)], 1);
    }

    private CommandReply Remove(int? id, bool confirm, string moderator)
    {
        var article = id is { } n ? store.FindArticle(n) : null;
        if (article is null)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "No such article", "Give the number of a stored article (see /article list).");
        }

        var statements = store.StatementsOf(article.Id).Count;
        if (!confirm)
        {
            return CommandReply.Message(ReplyOutcome.Answered, "Remove this article?",
                $"#{article.Id} {article.Title} ({article.Date ?? "undated"}, {article.Source}) and its {statements} statements would be removed.",
                "Run /article remove again with confirm: True to remove it.");
        }

        if (!store.Remove(article.Id))
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "Already gone", "That article was removed in the meantime.");
        }

        index.RemoveArticle(article.Id);
        audit.Record(new AuditEntry
        {
            TimeUtc = time.GetUtcNow().UtcDateTime,
            Moderator = moderator,
            Action = "article remove",
            Target = $"#{article.Id} {article.Document}",
            Before = $"{article.Title}; {statements} statements",
        });
        return CommandReply.Message(ReplyOutcome.Answered, "Removed", $"#{article.Id} {article.Title} and its {statements} statements are removed.");
    }

    private Article? Find(string reference)
    {
        var text = reference.Trim().TrimStart('#');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return store.FindArticle(id);
        }

        var hit = QueryTerms.HasSearchableWords(text) ? index.SearchArticles(text, 1) : [];
        return hit.Count > 0 ? store.FindArticle(hit[0].Id) : null;
    }
}
