using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Tests.Shared;

namespace GovBot.Storage.Tests;

internal static class StoreFixture
{
    public static Article Article(string document, string speakerName = "Long Zhou", string? date = "2017-12-20", string title = "Diplomat on cyberspace") => new()
    {
        Document = document,
        Title = title,
        Source = "Xinhua",
        Date = date,
        Kind = ArticleKind.News,
        Summary = "A summary.",
        Text = "Body text for " + document,
        ContentHash = "hash-" + document,
        ImportedUtc = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc),
        ExtractorVersion = 1,
        Speakers =
        [
            new ArticleSpeaker
            {
                Id = Core.Text.NameKey.For(speakerName), Name = speakerName, Title = "Coordinator for Cyber Affairs",
                Organization = "Ministry of Foreign Affairs", Country = "China", Aliases = ["Long"],
            },
        ],
        SpeakerIds = [Core.Text.NameKey.For(speakerName)],
    };

    public static IReadOnlyList<ExtractedQuote> Quotes(string speaker = "Long Zhou") =>
    [
        new("We should resist an arms race in cyberspace", speaker, QuoteKind.Direct, 10, 53, "said"),
        new("the UN should play a leading role", speaker, QuoteKind.Indirect, 60, 93, "noted"),
    ];

    public static GovBotDatabase Open(TempDirectory dir) => new(dir.File("govbot.db"));
}
