using GovBot.Storage.Safety;
using GovBot.Tests.Shared;

namespace GovBot.Storage.Tests;

/// <summary>Opening a store never overwrites what is not a store, and one store has one owner at a time.</summary>
public sealed class StoreOpeningTests
{
    [Theory]
    [InlineData("notes I keep here\n")]
    [InlineData("")]
    public void A_small_or_empty_file_at_the_store_path_is_refused_and_left_as_it_was(string content)
    {
        using var dir = new TempDirectory();
        var path = dir.File("govbot.db");
        File.WriteAllText(path, content);

        var refused = Assert.Throws<StoreUnavailableException>(() => new GovBotDatabase(path));

        Assert.Equal(StoreProblem.NotAStore, refused.Problem);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.False(File.Exists(StoreLock.LockPathFor(path)), "nothing is created beside a file that is not ours");
    }

    [Fact]
    public void A_file_of_random_bytes_is_refused_without_a_change()
    {
        using var dir = new TempDirectory();
        var path = dir.File("govbot.db");
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var refused = Assert.Throws<StoreUnavailableException>(() => new GovBotDatabase(path));

        Assert.Equal(StoreProblem.NotAStore, refused.Problem);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(64, 8000)]
    [InlineData(8192, 3 * 8192)]
    public void A_store_whose_pages_are_damaged_is_called_damaged_not_a_crash(int offset, int count)
    {
        using var dir = new TempDirectory();
        var path = dir.File("govbot.db");
        using (var db = new GovBotDatabase(path))
        {
            new LiteArticleStore(db).Save(StoreFixture.Article("a.txt"), StoreFixture.Quotes());
        }

        var noise = new byte[count];
        new Random(3).NextBytes(noise);
        using (var file = File.OpenWrite(path))
        {
            file.Position = offset;
            file.Write(noise);
        }

        var refused = Record.Exception(() =>
        {
            using var db = new GovBotDatabase(path);
            _ = new LiteArticleStore(db).AllStatements().ToList();
        });

        var damaged = Assert.IsType<StoreUnavailableException>(refused);
        Assert.Equal(StoreProblem.Damaged, damaged.Problem);
        Assert.Equal(3, damaged.ExitCode);
        Assert.DoesNotContain("{0}", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_named_in_one_sentence()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a-file"), "x");
        var path = Path.Combine(dir.File("a-file"), "sub", "govbot.db");

        var refused = Assert.Throws<StoreUnavailableException>(() => new GovBotDatabase(path));

        Assert.Equal(StoreProblem.FolderUnavailable, refused.Problem);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_open_of_a_held_store_is_refused_and_the_store_opens_again_once_released()
    {
        using var dir = new TempDirectory();
        var path = dir.File("govbot.db");
        using (var first = new GovBotDatabase(path))
        {
            var refused = Assert.Throws<StoreUnavailableException>(() => new GovBotDatabase(path));
            Assert.Equal(StoreProblem.InUse, refused.Problem);
            Assert.Equal(3, refused.ExitCode);
            Assert.Contains($"process id {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
        }

        using var again = new GovBotDatabase(path);
        Assert.Equal(GovBotDatabase.SchemaVersion, again.Database.UserVersion);
    }

    [Fact]
    public void A_full_disk_is_called_a_full_disk_whatever_layer_reported_it()
    {
        var wrapped = new InvalidOperationException("Transaction failed", new IOException("No space left on device : '/data/govbot-log.db'", 28));
        var described = StoreFailures.Describe(wrapped, "/data/govbot.db");
        Assert.Equal(StoreProblem.DiskFull, described.Problem);
        Assert.StartsWith("The disk holding the store /data/govbot.db is full", described.Message, StringComparison.Ordinal);
    }
}
