using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using GovBot.FakeDiscord;
using GovBot.Storage;
using GovBot.Tests.Shared;
using GovBot.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovBot.Host.Tests;

/// <summary>Usage events leave the answer's path through a queue, and stopping the host stores every one of them.</summary>
public sealed class UsageWriterTests
{
    [Fact]
    public void With_a_queue_the_answer_returns_before_anything_is_written_to_the_store()
    {
        var log = new CountingUsageLog();
        var queue = new UsageQueue();
        var runner = new CommandRunner(log, TimeProvider.System, NullLogger<CommandRunner>.Instance, queue: queue);

        var reply = runner.Run("discord", "quote", "norms", () => CommandReply.Message(ReplyOutcome.Answered, "ok"));

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(0, log.Calls);
        Assert.True(queue.Reader.TryRead(out var queued));
        Assert.Equal("quote", queued.Command);
    }

    [Fact]
    public void A_full_or_closed_queue_makes_the_caller_store_the_event_itself()
    {
        var log = new CountingUsageLog();
        var queue = new UsageQueue(capacity: 1);
        var runner = new CommandRunner(log, TimeProvider.System, NullLogger<CommandRunner>.Instance, queue: queue);
        runner.Run("discord", "quote", "a", () => CommandReply.Message(ReplyOutcome.Answered, "ok"));
        runner.Run("discord", "quote", "b", () => CommandReply.Message(ReplyOutcome.Answered, "ok"));
        queue.Close();
        runner.Run("discord", "quote", "c", () => CommandReply.Message(ReplyOutcome.Answered, "ok"));
        Assert.Equal(2, log.Calls);
    }

    [Fact]
    public async Task A_burst_then_stopping_the_host_leaves_every_event_in_the_store()
    {
        using var dir = new TempDirectory();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_ => new GovBotDatabase(dir.File("usage.db")));
        builder.Services.AddSingleton<IUsageLog, LiteUsageLog>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CommandRunner>();
        builder.Services.AddBackgroundUsageWriter();
        const int burst = 2000;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            var runner = host.Services.GetRequiredService<CommandRunner>();
            Parallel.For(0, burst, i => runner.Run("discord", "quote", $"q{i}", CommandCaller.Terminal,
                () => CommandReply.Message(ReplyOutcome.Answered, "ok")));
            await host.StopAsync();
        }

        using var db = new GovBotDatabase(dir.File("usage.db"));
        var stored = new LiteUsageLog(db).Since(DateTime.MinValue);
        Assert.Equal(burst, stored.Count);
        Assert.Equal(burst, stored.Select(e => e.Options).Distinct().Count());
    }

    [Fact]
    public async Task Sigterm_right_after_a_burst_of_interactions_loses_no_usage_event()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, BotAgainstFakeDiscord.Timeout);
        const int burst = 60;
        var handles = Enumerable.Range(0, burst)
            .Select(i => h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", i % 2 == 0 ? "cyber" : "security")))).ToList();
        await Task.WhenAll(handles.Select(x => x.Callback.WaitAsync(BotAgainstFakeDiscord.Timeout)));

        Assert.Equal(0, await h.Bot!.StopAsync(TimeSpan.FromSeconds(10)));
        var env = new Dictionary<string, string?>(h.Environment) { ["Discord__Token"] = null };
        var export = await GovBotProcess.RunAsync(env, "usage", "export", "--format", "json");
        Assert.Equal(0, export.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(export.Out);
        Assert.Equal(burst, json.RootElement.EnumerateArray().Count(e => e.GetProperty("surface").GetString() == "discord" && e.GetProperty("command").GetString() == "quote"));
    }

    private sealed class CountingUsageLog : IUsageLog
    {
        private int calls;

        public int Calls => calls;

        public void Record(UsageEvent usage) => Interlocked.Increment(ref calls);

        public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) => [];

        public int PurgeBefore(DateTime cutoffUtc) => 0;
    }
}
