using System.Text.Json;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Without_a_verb_or_token_the_bot_exits_2_and_names_the_setting_and_the_verbs()
    {
        using var dir = new TempDirectory();
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Discord__Token", result.Error, StringComparison.Ordinal);
        Assert.Contains("GovBot quote", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_token_never_appears_in_the_output_while_the_bot_retries_and_stops_cleanly()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        env["Discord__Token"] = "MTIzNDU2Nzg5.secret-token-value";
        env["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
        await using var bot = RunningGovBot.Start(env);
        await bot.WaitForOutputAsync("Gateway connection failed", TimeSpan.FromSeconds(30));
        var exit = await bot.StopAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("secret-token-value", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_json_console_format_every_log_line_is_one_json_object_with_an_event_id()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        env["Discord__Token"] = "MTIzNDU2Nzg5.secret-token-value";
        env["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
        env["Logging__Console__FormatterName"] = "json";
        await using var bot = RunningGovBot.Start(env);
        await bot.WaitForOutputAsync("Gateway connection failed", TimeSpan.FromSeconds(30));
        await bot.StopAsync(TimeSpan.FromSeconds(10));

        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("EventId", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
        }

        Assert.Contains(lines, l => l.Contains("Gateway connection failed", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-token-value", bot.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord__GuildId", "my-server", "Discord__GuildId")]
    [InlineData("Discord__ShardCount", "many", "Discord:ShardCount")]
    public async Task A_malformed_discord_setting_stops_the_bot_at_start_naming_it_in_one_sentence(string setting, string value, string named)
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        env["Discord__Token"] = "abc.def";
        env[setting] = value;
        var result = await GovBotProcess.RunAsync(env);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("GovBot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var result = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "quote", "summary", "speaker", "import", "stats", "extract", "eval", "health" })
        {
            Assert.Contains($"GovBot {verb}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_verb_or_option_is_a_usage_error()
    {
        var verb = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), "qoute", "x");
        Assert.Equal(2, verb.ExitCode);
        Assert.Contains("no verb “qoute”", verb.Error, StringComparison.Ordinal);
        var option = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), "quote", "--speeker", "x");
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("unknown option --speeker", option.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_file_that_is_not_a_question_set_is_a_polite_usage_error()
    {
        using var dir = new TempDirectory();
        var file = dir.File("questions.json");
        await File.WriteAllTextAsync(file, "{\"quiz\": 1}");
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir), "eval-ask", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no questions", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_reports_a_fifo_a_link_to_dev_zero_and_a_binary_named_like_documents_without_hanging()
    {
        using var hostile = new HostileFolder();
        var files = new[] { "pipe.txt", "zero.txt", "good.txt" }.Select(f => Path.Combine(hostile.Root, f)).ToArray();

        var result = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), ["extract", "--json", .. files]);

        Assert.Equal(3, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("a FIFO (named pipe), not a regular file", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("a character device, not a regular file", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Envoy note", lines[2].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Eval_polnear_refuses_the_held_out_splits_unless_asked_and_explains_a_wrong_path()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "data", "dev", "text"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "data", "dev", "attributions"));
        var env = GovBotProcess.Sandbox(dir);
        var dev = await GovBotProcess.RunAsync(env, "eval-polnear", dir.Path, "--split", "dev");
        Assert.Equal(2, dev.ExitCode);
        Assert.Contains("held out", dev.Error, StringComparison.Ordinal);
        Assert.Contains("--held-out", dev.Error, StringComparison.Ordinal);

        var wrong = await GovBotProcess.RunAsync(env, "eval-polnear", dir.Path);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("not a PolNeAR checkout", wrong.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_one_json_object_per_file_in_order_and_reports_unreadable_files()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid() + ".txt");
        var result = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), "extract", "--json", RepoPaths.SeedArticle, missing);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(RepoPaths.SeedArticle, root.GetProperty("file").GetString());
        Assert.Equal("Xinhua", root.GetProperty("source").GetString());
        Assert.Equal("2017-12-20", root.GetProperty("date").GetString());
        Assert.Equal("news", root.GetProperty("kind").GetString());
        var speaker = root.GetProperty("speakers")[0];
        Assert.Equal("Long Zhou", speaker.GetProperty("name").GetString());
        Assert.Contains("Long", speaker.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var text = File.ReadAllText(RepoPaths.SeedArticle);
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            Assert.Equal(quote.GetProperty("text").GetString(), text[start..end]);
            Assert.Contains(quote.GetProperty("kind").GetString(), new[] { "direct", "indirect" });
        }

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(missing, second.RootElement.GetProperty("file").GetString());
        Assert.True(second.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Lookups_answer_from_the_seeded_store()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);

        var speaker = await GovBotProcess.RunAsync(env, "speaker", "Long");
        Assert.Equal(0, speaker.ExitCode);
        Assert.Contains("Long Zhou", speaker.Out, StringComparison.Ordinal);
        Assert.Contains("Coordinator for Cyber Affairs, Ministry of Foreign Affairs", speaker.Out, StringComparison.Ordinal);

        var quote = await GovBotProcess.RunAsync(env, "quote", "arms race");
        Assert.Equal(0, quote.ExitCode);
        Assert.Contains("Long Zhou", quote.Out, StringComparison.Ordinal);
        Assert.Contains("arms race", quote.Out, StringComparison.Ordinal);

        var bySpeaker = await GovBotProcess.RunAsync(env, "quote", "--speaker", "Long Zhou");
        Assert.Equal(0, bySpeaker.ExitCode);

        var summary = await GovBotProcess.RunAsync(env, "summary", "shared future");
        Assert.Equal(0, summary.ExitCode);
        Assert.Contains("A Chinese diplomat said Tuesday", summary.Out, StringComparison.Ordinal);

        var nothing = await GovBotProcess.RunAsync(env, "speaker", "Xavier Quixote");
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("I know no speaker called", nothing.Out, StringComparison.Ordinal);

        var stats = await GovBotProcess.RunAsync(env, "stats");
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("5 commands recorded.", stats.Out, StringComparison.Ordinal);
        Assert.Contains("speaker xavier quixote (1)", stats.Out, StringComparison.Ordinal);

        var csv = await GovBotProcess.RunAsync(env, "usage", "export", "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,surface,guild,channel,user,command,options,outcome,results,latency_ms", rows[0]);
        Assert.Equal(6, rows.Length);
        var json = await GovBotProcess.RunAsync(env, "usage", "export", "--format", "json");
        using var events = JsonDocument.Parse(json.Out);
        Assert.Equal(5, events.RootElement.GetArrayLength());
        Assert.Equal("NothingFound", events.RootElement[4].GetProperty("outcome").GetString());
        var wrong = await GovBotProcess.RunAsync(env, "usage", "export", "--format", "xml");
        Assert.Equal(2, wrong.ExitCode);
    }

    [Fact]
    public async Task Import_is_idempotent_and_a_changed_file_updates_its_article()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        var extra = Path.Combine(dir.Path, "extra");
        Directory.CreateDirectory(extra);
        var file = Path.Combine(extra, "note.txt");
        await File.WriteAllTextAsync(file, "title: Envoy note\nsource: Test Wire\ndate: 2024-05-01\n\nAlexander Petrov, the Russian envoy, said the cyber treaty talks must continue.\n");

        var first = await GovBotProcess.RunAsync(env, "import", extra);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 0 updated", first.Out, StringComparison.Ordinal);

        var again = await GovBotProcess.RunAsync(env, "import", extra);
        Assert.Contains("0 added, 0 updated, 1 unchanged", again.Out, StringComparison.Ordinal);

        await File.AppendAllTextAsync(file, "\nHe added that a deal was possible before the end of the year.\n");
        var changed = await GovBotProcess.RunAsync(env, "import", extra);
        Assert.Contains("0 added, 1 updated", changed.Out, StringComparison.Ordinal);

        var missing = await GovBotProcess.RunAsync(env, "import", Path.Combine(dir.Path, "nope"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no such file or folder", missing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_unhealthy_without_a_running_bot()
    {
        using var dir = new TempDirectory();
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir), "health");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unhealthy", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_storage_setting_is_reported_at_start()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        env["Storage__Path"] = "";
        var result = await GovBotProcess.RunAsync(env, "speaker", "Long");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Path", result.Error, StringComparison.Ordinal);
    }
}
