using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Speakers;

/// <summary>A speaker's profile: roles over time, how often they are quoted and their best statements.</summary>
public sealed class SpeakerHandler(IArticleStore store, IKnowledgeIndex index)
{
    private const int BestQuotes = 3;

    public CommandReply Handle(string name)
    {
        var pick = SpeakerPicker.Pick(index, name ?? "");
        if (pick.Reply is not null)
        {
            return pick.Reply;
        }

        var speaker = store.FindSpeaker(pick.SpeakerId!);
        if (speaker is null)
        {
            return CommandReply.Message(ReplyOutcome.NothingFound, "No such speaker", "That speaker is no longer in the store.");
        }

        var stats = index.StatsFor(speaker.Id);
        var lines = new List<string>();
        foreach (var role in speaker.Roles.OrderByDescending(r => r.LastSeen ?? "", StringComparer.Ordinal))
        {
            var what = string.Join(", ", new[] { role.Title, role.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var when = role.FirstSeen == role.LastSeen ? role.FirstSeen : $"{role.FirstSeen} to {role.LastSeen}";
            if (what.Length > 0)
            {
                lines.Add(when is null ? what : $"{what} ({when})");
            }
        }

        var fields = new List<ReplyField>
        {
            new("Country", speaker.Country ?? "unknown"),
            new("Statements", $"{stats.Statements} in {stats.Articles} article{(stats.Articles == 1 ? "" : "s")}"),
        };
        if (stats.FirstDate is not null)
        {
            fields.Add(new ReplyField("Quoted", stats.FirstDate == stats.LastDate ? stats.FirstDate : $"{stats.FirstDate} to {stats.LastDate}"));
        }

        if (speaker.Aliases.Count > 0)
        {
            fields.Add(new ReplyField("Also written as", string.Join(", ", speaker.Aliases.Take(10))));
        }

        var citations = new List<Citation>();
        foreach (var id in index.BestStatementsOf(speaker.Id, BestQuotes))
        {
            if (store.FindStatement(id) is not { } statement || store.FindArticle(statement.ArticleId) is not { } article)
            {
                continue;
            }

            var citation = ReplyText.CitationOf(article);
            fields.Add(new ReplyField(statement.Kind == QuoteKind.Direct ? "Quote" : "Reported statement",
                $"{ReplyText.Said(statement, 400)}\n— {ReplyText.Citation(article)}") { Source = citation });
            if (!citations.Contains(citation))
            {
                citations.Add(citation);
            }
        }

        return new CommandReply(ReplyOutcome.Answered, speaker.Name, lines, fields, citations, 1);
    }
}
