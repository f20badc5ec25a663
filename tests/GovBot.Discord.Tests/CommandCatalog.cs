using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Help;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Features.Summaries;
using GovBot.Core.Features.Usage;

namespace GovBot.Discord.Tests;

/// <summary>The shipped command definitions; their handlers are not called here, so they get no store.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<CommandDefinition> All() =>
    [
        new QuoteCommand(null!, null!).Definition,
        new SummaryCommand(null!, null!, null!).Definition,
        new SpeakerCommand(null!, null!).Definition,
        new HelpCommand().Definition,
        new AskCommand(null!).Definition,
        new StatsCommand(null!).Definition,
        new Core.Features.Articles.ArticleCommand(null!, null!, null!, null!).Definition,
        new Core.Features.Audit.AuditCommand(null!).Definition,
        new Core.Features.Curation.CurateCommand(null!, null!, null!, null!).Definition,
    ];

    public static CommandReply Reply(int fields, int fieldLength = 100, string? title = null, int lines = 1) => new(
        ReplyOutcome.Answered,
        title ?? "Quotes on “arms race”",
        Enumerable.Range(0, lines).Select(i => $"Line {i} with @everyone in it").ToList(),
        Enumerable.Range(0, fields).Select(i => new ReplyField($"Speaker {i}", string.Join(' ', Enumerable.Repeat("word", fieldLength / 5)))).ToList(),
        [new Citation("An article", "Xinhua", "2017-12-20", "https://example.org/a")],
        fields);

    public static Article Unused => new();
}
