using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord;

namespace GovBot.Host.Tests;

/// <summary>The real host against the fake Discord: registration, every command, autocomplete, paging, deferral, faults.</summary>
public sealed class DiscordEndToEndTests
{
    private static readonly TimeSpan Timeout = BotAgainstFakeDiscord.Timeout;

    [Fact]
    public async Task The_bot_identifies_registers_its_commands_and_answers_lookups()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);
        await h.Discord.WaitForCommandRegistrationAsync(1, Timeout);
        var registration = Assert.Single(h.Discord.CommandRegistrations);
        Assert.Equal(FakeDiscordServer.DefaultGuildId, registration.GuildId);
        Assert.Equal(["article", "ask", "audit", "curate", "help", "quote", "speaker", "stats", "summary"], registration.Commands.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());

        var identify = h.Discord.ClientFrames.First(f => f.Op == 2);
        Assert.Contains("\"intents\":0", identify.Json, StringComparison.Ordinal);

        var quote = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", "arms race"))).Callback.WaitAsync(Timeout);
        Assert.Equal(4, quote["type"]!.GetValue<int>());
        var embed = quote["data"]!["embeds"]![0]!;
        Assert.Contains("arms race", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(embed["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().StartsWith("Long Zhou", StringComparison.Ordinal));
        Assert.Empty(quote["data"]!["allowed_mentions"]!["parse"]!.AsArray());

        var speaker = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("speaker", ("name", "long"))).Callback.WaitAsync(Timeout);
        Assert.Equal("Long Zhou", speaker["data"]!["embeds"]![0]!["title"]!.GetValue<string>());

        var summary = await h.Discord.DispatchInteraction(FakeDiscordServer.DirectMessage(FakeDiscordServer.SlashCommand("summary", ("article", "shared future")))).Callback.WaitAsync(Timeout);
        Assert.StartsWith("China efforts on community", summary["data"]!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var help = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("help")).Callback.WaitAsync(Timeout);
        Assert.Equal(4, help["type"]!.GetValue<int>());

        var member = FakeDiscordServer.SlashCommand("stats");
        member["member"]!["permissions"] = "0";
        var refused = await h.Discord.DispatchInteraction(member).Callback.WaitAsync(Timeout);
        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        var moderator = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("stats", ("days", 7))).Callback.WaitAsync(Timeout);
        Assert.True(moderator["data"]!["embeds"]![0]!["title"]!.GetValue<string>().Contains("Usage, last 7 days", StringComparison.Ordinal), h.Bot!.Output);
        Assert.Contains(moderator["data"]!["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Outcomes" && f["value"]!.GetValue<string>().Contains("refused: 1", StringComparison.Ordinal));

        var health = await GovBotProcess.RunAsync(new Dictionary<string, string?>(h.Environment) { ["Discord__Token"] = null }, "health");
        Assert.Equal(0, health.ExitCode);
    }

    [Fact]
    public async Task Autocomplete_and_page_buttons_work_and_refuse_politely_when_stale()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);

        var choices = await h.Discord.DispatchInteraction(FakeDiscordServer.Autocomplete("speaker", "name", "lon")).Callback.WaitAsync(Timeout);
        Assert.Equal(8, choices["type"]!.GetValue<int>());
        Assert.Contains(choices["data"]!["choices"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "Long Zhou");

        var list = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", "cyber security"))).Callback.WaitAsync(Timeout);
        var next = list["data"]!["components"]![0]!["components"]![1]!["custom_id"]!.GetValue<string>();
        var page = await h.Discord.DispatchInteraction(FakeDiscordServer.Button(next)).Callback.WaitAsync(Timeout);
        Assert.Equal(7, page["type"]!.GetValue<int>());
        Assert.StartsWith("Page 2", page["data"]!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var stale = await h.Discord.DispatchInteraction(FakeDiscordServer.Button("gb:p:1:0000000000000000")).Callback.WaitAsync(Timeout);
        Assert.Equal(64, stale["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_then_edited_in()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync((env, _) => env["Discord__DeferAfterMs"] = "0");
        await h.Discord.WaitForIdentifyAsync(1, Timeout);
        var handle = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", "ransomware")));
        var deferral = await handle.Callback.WaitAsync(Timeout);
        Assert.Equal(5, deferral["type"]!.GetValue<int>());
        var edit = await handle.OriginalEdit.WaitAsync(Timeout);
        Assert.Contains("ransomware", edit["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_resumes_after_a_drop_op_7_op_9_and_a_zombie_and_interactions_sent_meanwhile_are_answered()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);

        await h.Discord.DropConnectionAsync();
        var whileAway = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("speaker", ("name", "Long")));
        await h.Discord.WaitForResumeAsync(1, Timeout);
        Assert.Equal(4, (await whileAway.Callback.WaitAsync(Timeout))["type"]!.GetValue<int>());

        await h.Discord.SendReconnectAsync();
        await h.Discord.WaitForResumeAsync(2, Timeout);

        await h.Discord.SendInvalidSessionAsync(resumable: true);
        await h.Discord.WaitForResumeAsync(3, Timeout);

        h.Discord.WithholdNextHeartbeatAck();
        await h.Discord.WaitForResumeAsync(4, Timeout);
        Assert.Contains(h.Discord.Closes, c => c.ClosedByClient && c.Code == 4200);

        await h.Discord.CloseAsync(4000, "Unknown error");
        await h.Discord.WaitForResumeAsync(5, Timeout);

        await h.Discord.SendInvalidSessionAsync(resumable: false);
        await h.Discord.WaitForIdentifyAsync(2, Timeout);

        await h.Discord.CloseAsync(4009, "Session timed out");
        await h.Discord.WaitForIdentifyAsync(3, Timeout);

        var after = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("help")).Callback.WaitAsync(Timeout);
        Assert.Equal(4, after["type"]!.GetValue<int>());
        Assert.Equal(3, h.Discord.ReadyCount);
        Assert.DoesNotContain(h.Discord.Closes, c => c.ClosedByClient && c.Code is 1000 or 1001);
    }

    [Fact]
    public async Task A_429_on_the_callback_is_retried_after_retry_after_and_answered_once()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);
        h.Discord.FailNextRequests("/interactions/", 429, retryAfterSeconds: 0.5);
        var handle = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("help"));
        await handle.Callback.WaitAsync(Timeout);
        var attempts = handle.CallbackResults;
        Assert.Equal(1, attempts.Count(a => a.Status == 204));
        var limited = h.Discord.Requests.First(r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal) && r.Status == 429);
        var accepted = h.Discord.Requests.First(r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal) && r.Status == 204);
        Assert.True(accepted.ReceivedAt - limited.ReceivedAt >= TimeSpan.FromMilliseconds(450));

        h.Discord.FailNextRequests("/interactions/", 500);
        var afterError = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("help"));
        await afterError.Callback.WaitAsync(Timeout);
        Assert.Equal([500, 204], afterError.CallbackResults.Select(r => r.Status));
    }

    [Fact]
    public async Task A_rejected_token_stops_the_bot_with_a_non_zero_exit_and_no_more_identifies()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);
        await h.Discord.CloseAsync(4004, "Authentication failed.");
        var exit = await h.Bot!.WaitForExitAsync(Timeout);
        Assert.NotEqual(0, exit);
        Assert.Equal(1, h.Discord.IdentifyCount);
        Assert.Contains("Discord__Token", h.Bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Discord.Options.Token, h.Bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_stops_a_connected_bot_quickly_and_the_store_stays_readable()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);
        await h.Discord.WaitForHeartbeatAsync(1, Timeout);
        await h.WaitForHeartbeatFileAsync(Timeout);
        Assert.True(File.Exists(h.HeartbeatFile));
        var exit = await h.Bot!.StopAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, exit);
        var env = new Dictionary<string, string?>(h.Environment) { ["Discord__Token"] = null };
        var speaker = await GovBotProcess.RunAsync(env, "speaker", "Long");
        Assert.Equal(0, speaker.ExitCode);
    }

    [Fact]
    public async Task Http_mode_answers_signed_interactions_and_refuses_bad_signatures()
    {
        await using var h = await BotAgainstFakeDiscord.StartHttpModeAsync();
        var discord = h.Discord;
        await h.Bot!.WaitForOutputAsync("Registered", Timeout);
        var endpoint = h.InteractionsEndpoint!;

        using var pong = await discord.PostSignedInteractionAsync(endpoint, FakeDiscordServer.Ping());
        Assert.Equal(System.Net.HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await pong.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());

        using var answer = await discord.PostSignedInteractionAsync(endpoint, FakeDiscordServer.SlashCommand("speaker", ("name", "Long")));
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal("Long Zhou", body["data"]!["embeds"]![0]!["title"]!.GetValue<string>());

        using var forged = await discord.PostSignedInteractionAsync(endpoint, FakeDiscordServer.SlashCommand("help"), validSignature: false);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Empty(h.Discord.ClientFrames);
        _ = JsonDocument.Parse("{}");
    }
}
