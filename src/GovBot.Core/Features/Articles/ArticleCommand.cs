using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Articles;

/// <summary>
/// /article list|show|remove for moderators. Removal is two-step: without <c>confirm</c> it shows what would go;
/// with it the article and its statements leave the store and the index in one step, and the audit log says who.
/// </summary>
public sealed class ArticleCommand(
    IArticleStore store,
    IKnowledgeIndex index,
    IAuditLog audit,
    TimeProvider time,
    IDocumentFetcher? fetcher = null,
    IArticleIntake? intake = null,
    PendingArticles? pending = null) : ISlashCommand, IReplyActions
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    private const int ListPageSize = 10;
    private const int MaxListed = 200;

    public CommandDefinition Definition { get; } = new("article", "Manage stored articles (moderators)",
    [
        new CommandOption("add", "Add an article from a web page or a file; you confirm after a preview", CommandOptionType.Subcommand)
        {
            Options =
            [
                new CommandOption("url", "A web page (http or https)", CommandOptionType.String) { MaxLength = 2000 },
                new CommandOption("file", "A .txt, .md or .html file (5 MB at most)", CommandOptionType.Attachment),
                new CommandOption("text", "Type or paste the article into a form", CommandOptionType.Boolean),
            ],
        },
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
                new CommandOption("confirm", "True removes at once; otherwise you confirm with a button", CommandOptionType.Boolean),
            ],
        },
    ])
    {
        ModeratorOnly = true,
        MaySlow = true,
    };

    public CommandReply Execute(CommandInput input) => input.Subcommand switch
    {
        "add" => Add(input),
        "list" => List(input.Get("source"), input.Get("speaker")),
        "show" => Show(input.Get("article") ?? ""),
        "remove" => Remove(input.GetInt("article"), input.Get("confirm") == "true", input.Caller.UserId ?? "terminal"),
        _ => CommandReply.Message(ReplyOutcome.InvalidInput, "Which action?", "Use /article list, /article show or /article remove."),
    };

    public CommandReply OnModal(string modal, IReadOnlyDictionary<string, string> values, CommandCaller caller)
    {
        if (modal != "text" || intake is null || pending is null)
        {
            return CommandReply.Message(ReplyOutcome.Error, "Unexpected form", "That form is not handled here.");
        }

        string Value(string key) => values.TryGetValue(key, out var v) ? v.Trim() : "";
        var (title, source, date, url, body) = (Value("title"), Value("source"), Value("date"), Value("url"), Value("body"));
        var problems = new List<string>();
        if (title.Length == 0 || body.Length == 0)
        {
            problems.Add("a title and the text are needed");
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"the date “{ReplyText.Shorten(date, 20)}” is not YYYY-MM-DD");
        }

        Uri? address = null;
        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out address) || address.Scheme is not ("http" or "https")))
        {
            problems.Add("the address must be a full http(s) address");
        }

        if (problems.Count > 0)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Not added", "Please fix: " + string.Join("; ", problems) + ". Nothing was stored.");
        }

        var text = $"title: {title}\nsource: {source}\ndate: {date}\n" + (address is null ? "" : $"url: {address}\n") + "\n" +
                   string.Join("\n\n", body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var slug = new string(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return PreviewAndHold($"added/{date}-{(slug.Length > 60 ? slug[..60] : slug)}.txt", "article.txt", bytes, null, caller, source.Length > 0 ? source : "typed");
    }

    public CommandReply OnAction(string action, string key, CommandCaller caller)
    {
        if (action is "remove" or "keep")
        {
            return action == "remove" && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId)
                ? Remove((int)articleId, confirm: true, caller.UserId ?? "terminal")
                : CommandReply.Message(ReplyOutcome.Answered, "Not removed", "The article stays.");
        }

        var item = pending?.Take(key);
        if (item is null)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "Nothing to confirm", "This preview has expired or was already answered. Run /article add again.");
        }

        if (action != "confirm")
        {
            return CommandReply.Message(ReplyOutcome.Answered, "Not added", "Nothing was stored.");
        }

        var id = intake!.Commit(item.DocumentKey, item.FileName, item.Bytes, item.Url);
        var article = store.FindArticle(id);
        audit.Record(new AuditEntry
        {
            TimeUtc = time.GetUtcNow().UtcDateTime,
            Moderator = caller.UserId ?? item.Moderator,
            Action = "article add",
            Target = $"#{id} {item.DocumentKey}",
            After = article?.Title,
        });
        return CommandReply.Message(ReplyOutcome.Answered, "Added", $"#{id} {article?.Title} is stored and searchable now.");
    }

    private CommandReply Add(CommandInput input)
    {
        if (intake is null || pending is null)
        {
            return CommandReply.Message(ReplyOutcome.Error, "Not available", "Adding articles is not set up on this instance.");
        }

        var urlText = input.Get("url");
        var file = input.Get("file");
        var typed = input.Get("text") == "true";
        if ((urlText is null ? 0 : 1) + (file is null ? 0 : 1) + (typed ? 1 : 0) != 1)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Web page, file or text?",
                "Give exactly one of url: (a web page), file: (a .txt, .md or .html attachment) or text: True (a form to paste the article into).");
        }

        if (typed)
        {
            return new CommandReply(ReplyOutcome.Answered, "Add an article", [], [], [], 0)
            {
                Modal = new ReplyModal("article:text", "Add an article",
                [
                    new ModalField("title", "Title", MaxLength: 300),
                    new ModalField("source", "Source (publisher)", MaxLength: 100),
                    new ModalField("date", "Date (YYYY-MM-DD)", MaxLength: 10, Placeholder: "2024-03-21"),
                    new ModalField("url", "Original address (optional)", Required: false, MaxLength: 500),
                    new ModalField("body", "Text of the article", Paragraph: true, MaxLength: 4000),
                ]),
            };
        }

        Uri? source;
        string fileName;
        if (file is not null)
        {
            fileName = input.Get("file.filename") ?? "upload.txt";
            var size = long.TryParse(input.Get("file.size"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            if (Path.GetExtension(fileName).ToLowerInvariant() is not (".txt" or ".md" or ".html" or ".htm"))
            {
                return CommandReply.Message(ReplyOutcome.InvalidInput, "Unsupported file", $"“{ReplyText.Shorten(fileName, 80)}” is not a .txt, .md or .html file.");
            }

            if (size > MaxFileBytes)
            {
                return CommandReply.Message(ReplyOutcome.InvalidInput, "File too large", "Files can be 5 MB at most.");
            }

            if (!Uri.TryCreate(file, UriKind.Absolute, out source))
            {
                return CommandReply.Message(ReplyOutcome.InvalidInput, "No file", "Discord did not give a download address for the attachment.");
            }
        }
        else if (!Uri.TryCreate(urlText, UriKind.Absolute, out source))
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Not an address", $"“{ReplyText.Shorten(urlText!, 80)}” is not a web address. Give a full http(s) address.");
        }
        else
        {
            fileName = "page.html";
        }

        if (fetcher is null)
        {
            return CommandReply.Message(ReplyOutcome.Error, "Not available", "Fetching documents is not set up on this instance.");
        }

        var fetched = fetcher.FetchAsync(source, input.Cancellation).GetAwaiter().GetResult();
        if (!fetched.Ok)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Not fetched", $"I did not fetch that: {fetched.Refusal}.");
        }

        fileName = file is not null ? fileName : fetched.FileName;
        var pageUrl = file is null ? source : null;
        var documentKey = file is not null ? $"added/{fileName}" : $"added/{source.Host}{source.AbsolutePath}".TrimEnd('/');
        return PreviewAndHold(documentKey, fileName, fetched.Bytes!, pageUrl, input.Caller, source.Host);
    }

    /// <summary>Shows what would be stored, with Confirm and Cancel; nothing is stored until Confirm.</summary>
    private CommandReply PreviewAndHold(string documentKey, string fileName, byte[] bytes, Uri? pageUrl, CommandCaller caller, string origin)
    {
        var preview = intake!.Preview(fileName, bytes, pageUrl);
        if (preview.Problem is not null || preview.Analysis is null)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Cannot use this document", preview.Problem ?? "it could not be read");
        }

        if (preview.Duplicate is { } twin)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "Already stored", $"This duplicates #{twin.Id} {twin.Title} ({twin.Date ?? "undated"}).");
        }

        var a = preview.Analysis;
        var key = pending!.Add(documentKey, fileName, bytes, pageUrl, caller.UserId ?? "terminal");
        var samples = a.Quotes.Where(q => q.Speaker is not null && q.Text.Length > 40).Take(2)
            .Select(q => new ReplyField(q.Speaker!, ReplyText.Quote(q.Text, 300)));
        return new CommandReply(ReplyOutcome.Answered, $"Add “{ReplyText.Shorten(a.Title, 200)}”?",
            [$"{a.Kind.ToString().ToLowerInvariant()} · {a.Date ?? "undated"} · {a.Source ?? origin} · {a.Quotes.Count} statements",
             .. preview.Warning is null ? Array.Empty<string>() : [$"⚠ Warning: {preview.Warning}."]],
            [new ReplyField("Speakers", a.Speakers.Count == 0 ? "none named" : string.Join(", ", a.Speakers.Select(s => s.Name).Take(10))), .. samples],
            [], 1)
        {
            Actions = [new ReplyAction("Confirm", $"article:confirm:{key}"), new ReplyAction("Cancel", $"article:cancel:{key}", Danger: true)],
        };
    }

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
            if (long.TryParse(reference.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && store.ArticleWasRemoved(number))
            {
                return ReplyText.RemovedArticle(number);
            }

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
            if (id is { } gone && store.ArticleWasRemoved(gone))
            {
                return ReplyText.RemovedArticle(gone);
            }

            return CommandReply.Message(ReplyOutcome.NothingFound, "No such article", "Give the number of a stored article (see /article list).");
        }

        var statements = store.StatementsOf(article.Id).Count;
        if (!confirm)
        {
            return CommandReply.Message(ReplyOutcome.Answered, "Remove this article?",
                $"#{article.Id} {article.Title} ({article.Date ?? "undated"}, {article.Source}) and its {statements} statements would be removed.") with
            {
                Actions =
                [
                    new ReplyAction("Remove", $"article:remove:{article.Id.ToString(CultureInfo.InvariantCulture)}", Danger: true),
                    new ReplyAction("Keep it", $"article:keep:{article.Id.ToString(CultureInfo.InvariantCulture)}"),
                ],
            };
        }

        if (store.Remove(article.Id) is not { } removed)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "Already gone", "That article was removed in the meantime.");
        }

        index.RemoveArticle(article.Id);
        foreach (var gone in removed.RemovedSpeakerIds)
        {
            index.RemoveSpeaker(gone);
        }

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
