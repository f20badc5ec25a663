using System.Text.RegularExpressions;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Storage;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>
/// Kills GovBot with SIGKILL in the middle of a bulk import and checks the store after a restart: every article the
/// import acknowledged is there, and every article there is whole (all its statements and speakers, nothing half-written).
/// </summary>
public sealed partial class CrashSafetyTests
{
    [Fact]
    public async Task A_bulk_import_killed_midway_leaves_every_acknowledged_article_whole_and_no_partial_one()
    {
        using var dir = new TempDirectory();
        var folder = Path.Combine(dir.Path, "bulk");
        CopyFolder(Path.Combine(RepoPaths.Root, "data", "articles", "corpus"), folder);
        var env = GovBotProcess.Sandbox(dir);
        var storePath = env["Storage__Path"]!;
        env["Seed__Path"] = Directory.CreateDirectory(Path.Combine(dir.Path, "no-seed")).FullName;

        await using (var importing = RunningGovBot.Start(env, "import", folder))
        {
            // Kill once a good share of the corpus is acknowledged, while the rest is still being written.
            var ordered = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            await importing.WaitForOutputAsync($"added     {ordered[40]} #", TimeSpan.FromSeconds(60));
            await importing.KillAsync(TimeSpan.FromSeconds(10));
            var acknowledged = Acknowledged().Matches(importing.Output).Select(m => m.Groups["doc"].Value).ToList();
            Assert.True(acknowledged.Count >= 41, $"only {acknowledged.Count} acknowledged");
            Assert.True(acknowledged.Count < ordered.Count, "the import finished before it was killed; the test proves nothing");

            // A restart opens the store as the bot would (LiteDB replays its log), then every article is checked
            // against a clean import of the same file.
            var analyzer = new ArticleAnalyzer();
            using var db = new GovBotDatabase(storePath);
            var store = new LiteArticleStore(db);
            using var referenceDb = new GovBotDatabase(dir.File("reference/govbot.db"));
            var reference = new LiteArticleStore(referenceDb);
            using var referenceIndex = new KnowledgeIndex();
            var importer = new ArticleImporter(reference, referenceIndex, analyzer, TimeProvider.System);

            foreach (var document in acknowledged)
            {
                Assert.NotNull(store.FindArticleByDocument(document));
            }

            foreach (var article in store.AllArticleHeaders())
            {
                var expected = importer.ImportFile(Path.Combine(folder, article.Document), article.Document);
                var whole = reference.FindArticle(expected.ArticleId!.Value)!;
                Assert.Equal(whole.ContentHash, article.ContentHash);
                Assert.Equal(reference.ArticleText(whole.Id), store.ArticleText(article.Id));
                Assert.Equal(reference.StatementsOf(whole.Id).Select(s => s.Text), store.StatementsOf(article.Id).Select(s => s.Text));
                Assert.All(article.SpeakerIds, id => Assert.NotNull(store.FindSpeaker(id)));
            }
        }

        // The interrupted import simply resumes: running it again adds what was missing and leaves the rest alone.
        var rerun = await GovBotProcess.RunAsync(env, "import", folder);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Matches(@"\b0 updated", rerun.Out);
        Assert.Matches(@"\b0 failed", rerun.Out);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^added\s+(?<doc>\S+) #\d+ — ", RegexOptions.Multiline)]
    private static partial Regex Acknowledged();
}
