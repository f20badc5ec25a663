using GovBot.Core.Commands;
using GovBot.Core.Features.Articles;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Storage;
using GovBot.Tests.Shared;

namespace GovBot.Core.Tests;

/// <summary>
/// A hostile folder imported into a real store: every entry gets its own outcome and reason, only the two real
/// articles are stored, nothing hangs; and a moderator's preview says when a file is not valid UTF-8.
/// </summary>
public sealed class HostileImportTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Each_entry_of_a_hostile_folder_is_imported_skipped_or_refused_with_its_reason()
    {
        using var knowledge = new KnowledgeFixture();
        using var folder = new HostileFolder();
        var before = knowledge.Store.ArticleCount();

        var results = (await Task.Run(() => knowledge.Importer.ImportPaths([folder.Root], CancellationToken.None)).WaitAsync(Quick))
            .ToDictionary(r => r.Document);

        Assert.Equal(before + 2, knowledge.Store.ArticleCount());
        var good = results["good.txt"];
        Assert.Equal(ImportOutcome.Added, good.Outcome);
        Assert.Equal(("Envoy note", "2024-05-01", 1), (good.Article?.Title, good.Article?.Date, good.Article?.Statements));
        Assert.Equal(["Alexander Petrov"], good.Article!.Speakers);
        Assert.Null(good.Warning);

        var latin1 = results["latin1.txt"];
        Assert.Equal(ImportOutcome.Added, latin1.Outcome);
        Assert.Contains($"not valid UTF-8 from byte {HostileFolder.Latin1BadOffset} (0xE4)", latin1.Warning, StringComparison.Ordinal);

        Assert.Equal(ImportOutcome.Refused, results["program.txt"].Outcome);
        Assert.Contains("binary content", results["program.txt"].Message, StringComparison.Ordinal);
        Assert.Null(knowledge.Store.FindArticleByDocument("program.txt"));
        Assert.Equal(ImportOutcome.Refused, results["deep.html"].Outcome);
        Assert.Contains("nested more than 512", results["deep.html"].Message, StringComparison.Ordinal);
        foreach (var skipped in new[] { "pipe.txt", "zero.txt", "sub/loop", "sub/again" })
        {
            Assert.Equal(ImportOutcome.Skipped, results[skipped].Outcome);
        }

        // Named directly, a link is followed to what it points at, which is still not read unless it is a regular file.
        var direct = await Task.Run(() => knowledge.Importer.ImportPaths(
            [Path.Combine(folder.Root, "zero.txt"), Path.Combine(folder.Root, "pipe.txt")], CancellationToken.None)).WaitAsync(Quick);
        Assert.Equal([ImportOutcome.Skipped, ImportOutcome.Skipped], direct.Select(r => r.Outcome));
        Assert.Contains("a character device, not a regular file", direct[0].Message, StringComparison.Ordinal);
        Assert.Contains("a FIFO (named pipe), not a regular file", direct[1].Message, StringComparison.Ordinal);

        var again = knowledge.Importer.ImportPaths([folder.Root], CancellationToken.None).ToDictionary(r => r.Document);
        Assert.Equal(ImportOutcome.Unchanged, again["good.txt"].Outcome);
        Assert.Equal(1, again["good.txt"].Article?.Statements);
        Assert.NotNull(again["latin1.txt"].Warning);
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused_without_being_read()
    {
        using var knowledge = new KnowledgeFixture();
        using var dir = new TempDirectory();
        var big = dir.File("big.txt");
        using (var file = File.Create(big))
        {
            file.SetLength(6 * 1024 * 1024);
        }

        var result = knowledge.Importer.ImportFile(big, "big.txt");
        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        Assert.Equal("larger than 5 MB", result.Message);
    }

    [Fact]
    public void The_moderators_preview_shows_the_utf8_warning_and_refuses_binaries_and_deep_html()
    {
        using var knowledge = new KnowledgeFixture();
        var intake = new ArticleIntake(knowledge.Store, new ArticleAnalyzer(), knowledge.Importer);

        var latin1 = Command(knowledge, intake, HostileFolder.Latin1).Execute(AddFile("bonn.txt"));
        Assert.Equal(ReplyOutcome.Answered, latin1.Outcome);
        Assert.Contains(latin1.Lines, l => l.Contains($"Warning: not valid UTF-8 from byte {HostileFolder.Latin1BadOffset} (0xE4)", StringComparison.Ordinal));

        var binary = Command(knowledge, intake, HostileFolder.ElfLike()).Execute(AddFile("program.txt"));
        Assert.Equal(ReplyOutcome.InvalidInput, binary.Outcome);
        Assert.Contains("binary content", binary.Lines[0], StringComparison.Ordinal);

        var deep = Command(knowledge, intake, System.Text.Encoding.UTF8.GetBytes(HostileFolder.DeepHtml(1024 * 1024))).Execute(AddFile("deep.html"));
        Assert.Equal(ReplyOutcome.InvalidInput, deep.Outcome);
        Assert.Contains("nested more than 512", deep.Lines[0], StringComparison.Ordinal);
    }

    private static ArticleCommand Command(KnowledgeFixture knowledge, ArticleIntake intake, byte[] body) =>
        new(knowledge.Store, knowledge.Index, new LiteAuditLog(knowledge.Database), knowledge.Time, new BytesFetcher(body), intake, new PendingArticles(knowledge.Time));

    private static CommandInput AddFile(string name) => new(new Dictionary<string, string>
    {
        [CommandInput.SubcommandKey] = "add",
        ["file"] = $"https://cdn.discordapp.com/attachments/1/2/{name}",
        ["file.filename"] = name,
        ["file.size"] = "100",
    })
    {
        Caller = new CommandCaller("1", "2", "777", CommandCaller.ManageGuild, []),
    };

    private sealed class BytesFetcher(byte[] body) : IDocumentFetcher
    {
        public Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct) => Task.FromResult(new FetchedDocument(body, Path.GetFileName(url.AbsolutePath), null));
    }
}
