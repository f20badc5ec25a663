using GovBot.Core.Commands;
using GovBot.Core.Features.Articles;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Storage;

namespace GovBot.Core.Tests;

/// <summary>/article add url: hands the interaction's cancellation to the fetcher, so a shutdown stops a slow fetch.</summary>
public sealed class ArticleFetchCancellationTests
{
    [Fact]
    public void The_fetch_gets_the_interactions_cancellation_token()
    {
        using var knowledge = new KnowledgeFixture();
        using var interaction = new CancellationTokenSource();
        var fetcher = new RecordingFetcher();
        var command = new ArticleCommand(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time, fetcher,
            new ArticleIntake(knowledge.Store, new ArticleAnalyzer(), knowledge.Importer), new PendingArticles(knowledge.Time));

        command.Execute(new CommandInput(new Dictionary<string, string> { [CommandInput.SubcommandKey] = "add", ["url"] = "https://news.example/a" })
        {
            Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []),
            Cancellation = interaction.Token,
        });

        Assert.Equal(interaction.Token, fetcher.Token);
    }

    private sealed class RecordingFetcher : IDocumentFetcher
    {
        public CancellationToken Token { get; private set; }

        public Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct)
        {
            Token = ct;
            return Task.FromResult(FetchedDocument.Refused("not needed"));
        }
    }
}
