using System.Text.Json.Nodes;
using GovBot.Discord.Interactions;

namespace GovBot.Discord.Tests;

public sealed class MessageRendererTests
{
    private static int EmbedTotal(JsonObject embed) =>
        (embed["title"]?.GetValue<string>().Length ?? 0) + (embed["description"]?.GetValue<string>().Length ?? 0) +
        (embed["footer"]?["text"]?.GetValue<string>().Length ?? 0) +
        (embed["fields"]?.AsArray().Sum(f => f!["name"]!.GetValue<string>().Length + f["value"]!.GetValue<string>().Length) ?? 0);

    [Fact]
    public void Huge_replies_stay_inside_every_embed_limit_and_are_cut_on_words()
    {
        var reply = CommandCatalog.Reply(fields: 5, fieldLength: 5000, title: new string('T', 400) + " end", lines: 400);
        var message = MessageRenderer.Render(reply, 0, null, ephemeral: false);
        var embed = message["embeds"]![0]!.AsObject();
        Assert.True(embed["title"]!.GetValue<string>().Length <= 256);
        Assert.EndsWith("…", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(embed["description"]!.GetValue<string>().Length <= 4096);
        Assert.All(embed["fields"]!.AsArray(), f =>
        {
            Assert.True(f!["name"]!.GetValue<string>().Length <= 256);
            Assert.True(f["value"]!.GetValue<string>().Length <= 1024);
        });
        Assert.True(EmbedTotal(embed) <= 6000, $"embed has {EmbedTotal(embed)} characters");
    }

    [Fact]
    public void Mentions_are_always_disabled()
    {
        var message = MessageRenderer.Render(CommandCatalog.Reply(1), 0, null, ephemeral: false);
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(MessageRenderer.Notice("@everyone hi")["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void Long_lists_page_with_buttons_whose_ids_fit()
    {
        var reply = CommandCatalog.Reply(fields: 12);
        var first = MessageRenderer.Render(reply, 0, "0123456789abcdef", ephemeral: false);
        Assert.Equal(5, first["embeds"]![0]!["fields"]!.AsArray().Count);
        Assert.StartsWith("Page 1 of 3", first["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = first["components"]![0]!["components"]!.AsArray();
        Assert.True(buttons[0]!["disabled"]!.GetValue<bool>());
        Assert.False(buttons[1]!["disabled"]!.GetValue<bool>());
        Assert.All(buttons, b => Assert.True(b!["custom_id"]!.GetValue<string>().Length <= 100));
        Assert.True(PagingIds.TryParse(buttons[1]!["custom_id"]!.GetValue<string>(), out var page, out var key));
        Assert.Equal((1, "0123456789abcdef"), (page, key));

        var last = MessageRenderer.Render(reply, 2, "0123456789abcdef", ephemeral: false);
        Assert.Equal(2, last["embeds"]![0]!["fields"]!.AsArray().Count);
    }

    [Fact]
    public void Ephemeral_messages_carry_flag_64() =>
        Assert.Equal(64, MessageRenderer.Render(CommandCatalog.Reply(0), 0, null, ephemeral: true)["flags"]!.GetValue<int>());

    [Theory]
    [InlineData("gb:p:x:key")]
    [InlineData("other:1:key")]
    [InlineData("gb:p:1:")]
    [InlineData(null)]
    public void Foreign_or_broken_button_ids_are_not_read_as_pages(string? id) => Assert.False(PagingIds.TryParse(id, out _, out _));

    [Fact]
    public void A_page_lists_the_sources_of_its_own_answers_and_no_others()
    {
        var fields = Enumerable.Range(1, 6)
            .Select(i => new GovBot.Core.Commands.ReplyField($"Speaker {i}", $"“Statement {i}”") { Source = new GovBot.Core.Commands.Citation($"Article {i}", "Wire", "2024-01-0" + i, null) })
            .ToList();
        var reply = new GovBot.Core.Commands.CommandReply(GovBot.Core.Commands.ReplyOutcome.Answered, "q", [], fields, fields.Select(f => f.Source!).ToList(), 6) { PageSize = 3 };

        var first = MessageRenderer.Render(reply, 0, "key", ephemeral: false)["embeds"]![0]!["description"]!.GetValue<string>();
        var second = MessageRenderer.Render(reply, 1, "key", ephemeral: false)["embeds"]![0]!["description"]!.GetValue<string>();

        Assert.Contains("Article 3", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Article 4", first, StringComparison.Ordinal);
        Assert.Contains("[1] Article 4", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Article 1,", second, StringComparison.Ordinal);
    }
}
