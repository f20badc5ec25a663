using System.Globalization;
using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Summaries;

public sealed class SummaryCommand(SummaryHandler handler, IKnowledgeIndex index, IArticleStore store) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("summary", "An article's summary, who it quotes and its key quotes",
    [
        new CommandOption("article", "Words of the title, or the article number", CommandOptionType.String, Required: true) { Autocomplete = true, MaxLength = 300 },
    ]);

    public CommandReply Execute(CommandInput input) => handler.Handle(input.Get("article") ?? "");

    public IReadOnlyList<CommandChoice> Suggest(string option, string typed)
    {
        if (option != "article" || string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        return index.SearchArticles(typed, 25)
            .Select(hit => store.FindArticle(hit.Id))
            .Where(a => a is not null)
            .Select(a => new CommandChoice(Features.ReplyText.Shorten($"{a!.Title} ({a.Date ?? "undated"})", 100), a.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }
}
