using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>
/// What an operator sees when the store cannot be used, with real processes: one sentence and an exit code, no
/// stack trace, and nothing lost.
/// </summary>
public sealed class StoreSafetyTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task While_the_bot_runs_a_terminal_verb_on_its_store_is_refused_naming_the_bot_s_process_and_works_once_it_stops()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        env["Discord__Token"] = "MTIzNDU2Nzg5.secret-token-value";
        env["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
        await using var bot = RunningGovBot.Start(env);
        // The gateway is tried only once the store is open, seeded and indexed.
        await bot.WaitForOutputAsync("Gateway connection failed", Wait);

        var quote = await GovBotProcess.RunAsync(env, "quote", "cyber");
        var import = await GovBotProcess.RunAsync(env, "import", RepoPaths.SeedArticle);

        foreach (var refused in new[] { quote, import })
        {
            Assert.Equal(3, refused.ExitCode);
            Assert.Contains("is in use by another GovBot process", refused.Error, StringComparison.Ordinal);
            Assert.Contains($"process id {bot.ProcessId}", refused.Error, StringComparison.Ordinal);
            Assert.Contains("docker stop", refused.Error, StringComparison.Ordinal);
            AssertOneSentence(refused.Error);
        }

        Assert.Equal(0, await bot.StopAsync(TimeSpan.FromSeconds(20)));
        var after = await GovBotProcess.RunAsync(env, "quote", "cyber");
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_stops_verbs_and_the_bot_with_exit_2_and_is_left_untouched()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        var path = env["Storage__Path"]!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "my notes, not a database\n");

        var verb = await GovBotProcess.RunAsync(env, "quote", "cyber");
        env["Discord__Token"] = "abc.def";
        var bot = await GovBotProcess.RunAsync(env);

        foreach (var refused in new[] { verb, bot })
        {
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"The file at Storage__Path ({path}) is not a GovBot store", refused.Error, StringComparison.Ordinal);
            AssertOneSentence(refused.Error);
        }

        Assert.Equal("my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Seeding_onto_a_full_disk_says_the_disk_is_full_and_the_store_works_once_there_is_room()
    {
        using var dir = new TempDirectory();
        using var disk = TmpfsMount.TryCreate(dir.File("disk"), "128k");
        if (disk is null)
        {
            return;
        }

        var env = disk.Sandbox(dir);
        var verb = await GovBotProcess.RunAsync(env, "quote", "cyber");
        env["Discord__Token"] = "abc.def";
        var bot = await GovBotProcess.RunAsync(env);
        env.Remove("Discord__Token");

        foreach (var full in new[] { verb, bot })
        {
            Assert.Equal(3, full.ExitCode);
            Assert.Contains($"The disk holding the store {env["Storage__Path"]} is full", full.Error, StringComparison.Ordinal);
            AssertOneSentence(full.Error);
        }

        disk.Remount("size=16m");
        var roomy = await GovBotProcess.RunAsync(env, "quote", "cyber");
        Assert.Equal(0, roomy.ExitCode);
    }

    [Fact]
    public async Task A_store_on_a_read_only_file_system_is_named_as_such()
    {
        using var dir = new TempDirectory();
        using var disk = TmpfsMount.TryCreate(dir.File("disk"), "16m");
        if (disk is null)
        {
            return;
        }

        var env = disk.Sandbox(dir);
        Assert.Equal(0, (await GovBotProcess.RunAsync(env, "quote", "cyber")).ExitCode);
        disk.Remount("ro");

        var refused = await GovBotProcess.RunAsync(env, "quote", "cyber");

        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("is on a read-only file system", refused.Error, StringComparison.Ordinal);
        AssertOneSentence(refused.Error);
    }

    /// <summary>GovBot's own message and no stack trace; log lines of the seeding before the failure may precede it.</summary>
    private static void AssertOneSentence(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.StartsWith("GovBot", StringComparison.Ordinal));
    }
}
