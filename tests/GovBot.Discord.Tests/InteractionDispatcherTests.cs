using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using GovBot.Discord.Interactions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Discord.Tests;

public sealed class InteractionDispatcherTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryUsageLog usage = new();

    private InteractionDispatcher Dispatcher(params ISlashCommand[] commands) => new(
        commands,
        new CommandRunner(usage, time, NullLogger<CommandRunner>.Instance),
        new PagingStore(time),
        new ModeratorPolicy(Options.Create(new ModerationOptions { RoleIds = ["555"] })),
        Options.Create(new DiscordOptions { Token = "t", DeferAfterMs = 1500 }),
        time,
        NullLogger<InteractionDispatcher>.Instance);

    private static Interaction Command(string name, string query = "arms race", string user = "42") =>
        new("900000000000000001", "tok", "100", InteractionKind.Command, name, new Dictionary<string, string> { ["query"] = query }, null, null, "1", "2", user);

    [Fact]
    public async Task A_quick_answer_is_one_type_4_response_and_a_usage_event()
    {
        var responder = new RecordingResponder();
        await Dispatcher(new ControlledCommand("quote")).HandleAsync(Command("quote"), responder, CancellationToken.None);
        var (kind, body) = await responder.NextAsync();
        Assert.Equal(("respond", 4), (kind, body["type"]!.GetValue<int>()));
        Assert.Equal("quote: arms race", body["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.False(responder.TryNext(out _));
        var recorded = Assert.Single(usage.Events);
        Assert.Equal(("discord", "quote", "Answered"), (recorded.Surface, recorded.Command, recorded.Outcome));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_then_edited_in()
    {
        var responder = new RecordingResponder();
        var slow = new ControlledCommand("quote") { Hold = true };
        var handling = Dispatcher(slow).HandleAsync(Command("quote"), responder, CancellationToken.None);
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMilliseconds(1600));
        var deferral = await responder.NextAsync();
        Assert.Equal(5, deferral.Body["type"]!.GetValue<int>());
        slow.Release();
        var edit = await responder.NextAsync();
        Assert.Equal("edit", edit.Kind);
        Assert.Equal("quote: arms race", edit.Body["embeds"]![0]!["title"]!.GetValue<string>());
        await handling;
    }

    [Fact]
    public async Task A_failing_handler_gets_a_short_ephemeral_error()
    {
        var responder = new RecordingResponder();
        await Dispatcher(new ControlledCommand("quote") { Fail = true }).HandleAsync(Command("quote"), responder, CancellationToken.None);
        var (_, body) = await responder.NextAsync();
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.DoesNotContain("exploded", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_answers_with_at_most_25_choices_of_at_most_100_characters()
    {
        var responder = new RecordingResponder();
        var interaction = Command("quote", "lon") with { Kind = InteractionKind.Autocomplete, FocusedOption = "query" };
        await Dispatcher(new ControlledCommand("quote")).HandleAsync(interaction, responder, CancellationToken.None);
        var (_, body) = await responder.NextAsync();
        Assert.Equal(8, body["type"]!.GetValue<int>());
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.True(c!["name"]!.GetValue<string>().Length <= 100));
    }

    [Fact]
    public async Task Page_buttons_update_the_message_and_refuse_strangers_and_stale_lists()
    {
        var dispatcher = Dispatcher(new ControlledCommand("quote", fields: 12));
        var responder = new RecordingResponder();
        await dispatcher.HandleAsync(Command("quote"), responder, CancellationToken.None);
        var first = (await responder.NextAsync()).Body;
        var next = first["data"]!["components"]![0]!["components"]![1]!["custom_id"]!.GetValue<string>();

        await dispatcher.HandleAsync(Button(next, "42"), responder, CancellationToken.None);
        var page2 = (await responder.NextAsync()).Body;
        Assert.Equal(7, page2["type"]!.GetValue<int>());
        Assert.StartsWith("Page 2 of 3", page2["data"]!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await dispatcher.HandleAsync(Button(next, "99"), responder, CancellationToken.None);
        var stranger = (await responder.NextAsync()).Body;
        Assert.Equal(64, stranger["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("Only the person who asked", stranger["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        time.Advance(TimeSpan.FromMinutes(20));
        await dispatcher.HandleAsync(Button(next, "42"), responder, CancellationToken.None);
        var stale = (await responder.NextAsync()).Body;
        Assert.Contains("expired", stale["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        await dispatcher.HandleAsync(Button("someone-else:button", "42"), responder, CancellationToken.None);
        Assert.Equal(64, (await responder.NextAsync()).Body["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_command_gets_a_polite_ephemeral_answer()
    {
        var responder = new RecordingResponder();
        await Dispatcher().HandleAsync(Command("nope"), responder, CancellationToken.None);
        Assert.Contains("/help", (await responder.NextAsync()).Body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0UL, new string[0], "1", false)]
    [InlineData(1UL << 5, new string[0], "1", true)]
    [InlineData(1UL << 3, new string[0], "1", true)]
    [InlineData(0UL, new[] { "555" }, "1", true)]
    [InlineData(1UL << 5, new string[0], null, false)]
    public async Task Moderator_commands_run_only_for_moderators_in_a_server(ulong permissions, string[] roles, string? guild, bool allowed)
    {
        var responder = new RecordingResponder();
        var command = new ControlledCommand("stats") { Moderator = true };
        var interaction = Command("stats") with { GuildId = guild, Permissions = permissions, RoleIds = roles };
        await Dispatcher(command).HandleAsync(interaction, responder, CancellationToken.None);
        var (_, body) = await responder.NextAsync();
        Assert.Equal(allowed, command.Started.Task.IsCompleted);
        Assert.Equal(allowed ? null : 64, body["data"]!["flags"]?.GetValue<int>());
        Assert.Equal(allowed ? "Answered" : "Refused", Assert.Single(usage.Events).Outcome);
    }

    private static Interaction Button(string customId, string user) =>
        new("900000000000000002", "tok2", "100", InteractionKind.Component, null, new Dictionary<string, string>(), null, customId, "1", "2", user);

    private sealed class MemoryUsageLog : IUsageLog
    {
        public List<UsageEvent> Events { get; } = [];

        public void Record(UsageEvent usage)
        {
            lock (Events)
            {
                Events.Add(usage);
            }
        }

        public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) => Events.Where(e => e.TimeUtc >= sinceUtc).ToList();

        public int PurgeBefore(DateTime cutoffUtc) => Events.RemoveAll(e => e.TimeUtc < cutoffUtc);
    }
}
