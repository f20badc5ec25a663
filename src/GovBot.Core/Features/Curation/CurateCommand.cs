using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Curation;

/// <summary>
/// /curate speaker-edit|speaker-merge|quote-hide for moderators: corrections stored apart from extracted data, applied at once and
/// again on every re-extraction, each one written to the audit log with before and after. A command of its own,
/// because Discord sets permissions per top-level command and /speaker and /quote stay open to everyone.
/// </summary>
public sealed class CurateCommand(IArticleStore store, IKnowledgeIndex index, IAuditLog audit, TimeProvider time) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("curate", "Correct extracted data (moderators)",
    [
        new CommandOption("speaker-edit", "Set a speaker's title, organisation or country", CommandOptionType.Subcommand)
        {
            Options =
            [
                new CommandOption("name", "The speaker", CommandOptionType.String, Required: true) { Autocomplete = true, MaxLength = 100 },
                new CommandOption("title", "Title, e.g. Coordinator for Cyber Affairs", CommandOptionType.String) { MaxLength = 200 },
                new CommandOption("organization", "Organisation, e.g. Ministry of Foreign Affairs", CommandOptionType.String) { MaxLength = 200 },
                new CommandOption("country", "Country, e.g. China", CommandOptionType.String) { MaxLength = 100 },
            ],
        },
        new CommandOption("speaker-merge", "Merge two profiles that are one person; the first becomes part of the second", CommandOptionType.Subcommand)
        {
            Options =
            [
                new CommandOption("name", "The duplicate profile, e.g. a misspelt name", CommandOptionType.String, Required: true) { Autocomplete = true, MaxLength = 100 },
                new CommandOption("into", "The profile to keep", CommandOptionType.String, Required: true) { Autocomplete = true, MaxLength = 100 },
            ],
        },
        new CommandOption("quote-hide", "Hide a wrongly extracted statement", CommandOptionType.Subcommand)
        {
            Options = [new CommandOption("statement", "The statement number shown under a quote", CommandOptionType.Integer, Required: true) { MinValue = 1 }],
        },
    ])
    {
        ModeratorOnly = true,
    };

    public CommandReply Execute(CommandInput input) => input.Subcommand switch
    {
        "speaker-edit" => EditSpeaker(input),
        "speaker-merge" => MergeSpeakers(input),
        "quote-hide" => HideQuote(input.GetInt("statement"), Moderator(input)),
        _ => CommandReply.Message(ReplyOutcome.InvalidInput, "Which correction?", "Use /curate speaker-edit, /curate speaker-merge or /curate quote-hide."),
    };

    public IReadOnlyList<CommandChoice> Suggest(string option, string typed) => option is "name" or "into" ? SpeakerSuggestions.For(index, typed) : [];

    private CommandReply EditSpeaker(CommandInput input)
    {
        var (title, org, country) = (input.Get("title"), input.Get("organization"), input.Get("country"));
        if (title is null && org is null && country is null)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Nothing to change", "Give a title, an organisation or a country.");
        }

        var pick = SpeakerPicker.Pick(index, input.Get("name") ?? "");
        if (pick.Reply is not null)
        {
            return pick.Reply;
        }

        var before = store.FindSpeaker(pick.SpeakerId!);
        var now = time.GetUtcNow().UtcDateTime;
        var applied = store.Correct(new Correction
        {
            Id = "speaker:" + pick.SpeakerId,
            Kind = CorrectionKind.SpeakerEdit,
            SpeakerId = pick.SpeakerId,
            Title = title,
            Organization = org,
            Country = country,
            TimeUtc = now,
            Moderator = Moderator(input),
        });
        index.ApplyAll(applied);
        var after = store.FindSpeaker(pick.SpeakerId!);
        audit.Record(new AuditEntry
        {
            TimeUtc = now,
            Moderator = Moderator(input),
            Action = "speaker edit",
            Target = after?.Name ?? pick.SpeakerId!,
            Before = Describe(before),
            After = Describe(after),
        });
        return CommandReply.Message(ReplyOutcome.Answered, "Speaker corrected", $"{ReplyText.SpeakerLine(after?.Name ?? "", after)} — in {applied.Count} article(s); re-extraction keeps it.");
    }

    private CommandReply MergeSpeakers(CommandInput input)
    {
        var from = SpeakerPicker.Pick(index, input.Get("name") ?? "");
        if (from.Reply is not null)
        {
            return from.Reply;
        }

        var into = SpeakerPicker.Pick(index, input.Get("into") ?? "");
        if (into.Reply is not null)
        {
            return into.Reply;
        }

        var (duplicate, kept) = (store.FindSpeaker(from.SpeakerId!), store.FindSpeaker(into.SpeakerId!));
        if (duplicate is null || kept is null)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "No such speaker", "One of those profiles is gone; try the names again.");
        }

        if (duplicate.Id == kept.Id)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "Same person already", $"Both names lead to {kept.Name}; there is nothing to merge.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var applied = store.Correct(new Correction
        {
            Id = "merge:" + duplicate.Id,
            Kind = CorrectionKind.SpeakerMerge,
            SpeakerId = duplicate.Id,
            MergeIntoId = kept.Id,
            MergeIntoName = kept.Name,
            TimeUtc = now,
            Moderator = Moderator(input),
        });
        index.ApplyAll(applied);
        var after = store.FindSpeaker(kept.Id);
        audit.Record(new AuditEntry
        {
            TimeUtc = now,
            Moderator = Moderator(input),
            Action = "speaker merge",
            Target = $"{duplicate.Name} into {kept.Name}",
            Before = $"{Describe(duplicate)} | {Describe(kept)}",
            After = Describe(after),
        });
        var aliases = after is null ? "" : $" Also known as: {string.Join(", ", after.Aliases.Take(8))}.";
        return CommandReply.Message(ReplyOutcome.Answered, "Speakers merged",
            $"{duplicate.Name} is now part of {kept.Name} ({applied.Count} article(s)); re-extraction keeps it.{aliases}");
    }

    private CommandReply HideQuote(int? statementId, string moderator)
    {
        var statement = statementId is { } id ? store.FindStatement(id) : null;
        var article = statement is null ? null : store.FindArticle(statement.ArticleId);
        if (statement is null || article is null)
        {
            if (statementId is { } gone && store.StatementWasRemoved(gone))
            {
                return CommandReply.Message(ReplyOutcome.NothingFound, "Statement removed",
                    $"Statement {gone} was removed: it was hidden, its article was removed, or the extractor no longer finds those words. Its number is not given to any other statement.");
            }

            return CommandReply.Message(ReplyOutcome.NothingFound, "No such statement", "Give the statement number shown under a quote.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        index.ApplyAll(store.Correct(new Correction
        {
            Id = $"hide:{article.Document}:{Correction.HashOf(statement.Text)}",
            Kind = CorrectionKind.QuoteHide,
            Document = article.Document,
            TextHash = Correction.HashOf(statement.Text),
            TimeUtc = now,
            Moderator = moderator,
        }));
        audit.Record(new AuditEntry
        {
            TimeUtc = now,
            Moderator = moderator,
            Action = "quote hide",
            Target = $"statement #{statement.Id} in {article.Document}",
            Before = $"{statement.SpeakerLabel}: {ReplyText.Shorten(statement.Text, 200)}",
        });
        return CommandReply.Message(ReplyOutcome.Answered, "Statement hidden",
            $"“{ReplyText.Shorten(statement.Text, 120)}” ({statement.SpeakerLabel}) no longer appears in answers; re-extraction keeps it hidden.");
    }

    private static string Moderator(CommandInput input) => input.Caller.UserId ?? "terminal";

    private static string? Describe(Speaker? speaker) => speaker is null ? null : ReplyText.SpeakerLine(speaker.Name, speaker);

}
