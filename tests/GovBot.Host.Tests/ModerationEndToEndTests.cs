using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord;

namespace GovBot.Host.Tests;

/// <summary>Moderation through the fake Discord and the real host: adding by URL with preview and Confirm, refusals.</summary>
public sealed class ModerationEndToEndTests : IDisposable
{
    private static readonly TimeSpan Timeout = BotAgainstFakeDiscord.Timeout;
    private readonly HttpListener pages = new();
    private readonly string baseUrl;

    public ModerationEndToEndTests()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        baseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        probe.Stop();
        pages.Prefixes.Add(baseUrl);
        pages.Start();
        _ = Task.Run(ServeAsync);
    }

    [Fact]
    public async Task A_moderator_adds_a_web_page_after_a_preview_and_it_is_searchable_at_once()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync((env, _) => env["ArticleFetch__AllowLoopbackForTests"] = "true");
        await h.Discord.WaitForIdentifyAsync(1, Timeout);

        var add = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("url", baseUrl + "cables")))));
        var preview = await AnswerAsync(add);
        Assert.Contains("Undersea cables", preview["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var confirm = preview["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

        var added = await h.Discord.DispatchInteraction(FakeDiscordServer.Button(confirm)).Callback.WaitAsync(Timeout);
        Assert.Equal(7, added["type"]!.GetValue<int>());
        Assert.Equal("Added", added["data"]!["embeds"]![0]!["title"]!.GetValue<string>());

        var found = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", "protect what we do not watch"))).Callback.WaitAsync(Timeout);
        Assert.Contains(found["data"]!["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().StartsWith("Kerstin Lund", StringComparison.Ordinal));

        var again = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("url", baseUrl + "cables")))));
        var duplicate = await AnswerAsync(again);
        Assert.Equal("Already stored", duplicate["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_moderator_adds_an_attached_file_and_a_typed_article_through_the_form()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync((env, _) => env["ArticleFetch__AllowLoopbackForTests"] = "true");
        await h.Discord.WaitForIdentifyAsync(1, Timeout);

        // An attachment option carries an id; the file's URL comes from the interaction's resolved data.
        var withFile = FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("file", new JsonObject { ["type"] = 11, ["value"] = "5551" }))));
        withFile["data"]!["resolved"] = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["5551"] = new JsonObject
                {
                    ["id"] = "5551", ["filename"] = "cables.html", ["size"] = 900, ["content_type"] = "text/html",
                    ["url"] = baseUrl + "attachments/cables.html", ["proxy_url"] = baseUrl + "attachments/cables.html",
                },
            },
        };
        var fileAdd = h.Discord.DispatchInteraction(withFile);
        var preview = await AnswerAsync(fileAdd);
        Assert.Contains("Undersea cables", preview["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var confirm = preview["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
        var stored = await h.Discord.DispatchInteraction(FakeDiscordServer.Button(confirm)).Callback.WaitAsync(Timeout);
        Assert.Equal("Added", stored["data"]!["embeds"]![0]!["title"]!.GetValue<string>());

        // The text form: the command answers with a modal, whose submission gets the same preview and Confirm.
        var opened = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("text", true))))).Callback.WaitAsync(Timeout);
        Assert.Equal(9, opened["type"]!.GetValue<int>());
        var form = opened["data"]!.AsObject();
        var values = new Dictionary<string, string>
        {
            ["title"] = "Minister sets out data centre rules",
            ["source"] = "Test Gazette",
            ["date"] = "2026-11-20",
            ["url"] = "",
            ["body"] = "Maria Keller, Austria's Minister for Digital Affairs, said on Friday that new data centres must report outages within a day. " +
                       "\"Resilience is now a legal duty, not a courtesy,\" Keller said.",
        };
        var rows = new JsonArray();
        foreach (var label in form["components"]!.AsArray())
        {
            // Each text input sits in a label (type 18); a submission echoes that shape with the values filled in.
            var id = label!["component"]!["custom_id"]!.GetValue<string>();
            rows.Add(new JsonObject { ["type"] = 18, ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = id, ["value"] = values[id] } });
        }

        var submit = FakeDiscordServer.SlashCommand("article");
        submit["type"] = 5;
        submit["data"] = new JsonObject { ["custom_id"] = form["custom_id"]!.GetValue<string>(), ["components"] = rows };
        var submitted = h.Discord.DispatchInteraction(submit);
        var typedPreview = await AnswerAsync(submitted);
        Assert.Contains("Minister sets out data centre rules", typedPreview.ToJsonString(), StringComparison.Ordinal);
        var confirmTyped = typedPreview["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
        Assert.Equal("Added", (await h.Discord.DispatchInteraction(FakeDiscordServer.Button(confirmTyped)).Callback.WaitAsync(Timeout))["data"]!["embeds"]![0]!["title"]!.GetValue<string>());

        var found = await h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("quote", ("query", "resilience legal duty"))).Callback.WaitAsync(Timeout);
        Assert.Contains(found["data"]!["embeds"]![0]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().StartsWith("Maria Keller", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_without_rights_are_refused_before_anything_happens_and_private_addresses_are_never_fetched()
    {
        await using var h = await BotAgainstFakeDiscord.StartAsync();
        await h.Discord.WaitForIdentifyAsync(1, Timeout);

        var member = FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("url", baseUrl + "cables"))));
        member["member"]!["permissions"] = "0";
        var refused = await h.Discord.DispatchInteraction(member).Callback.WaitAsync(Timeout);
        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(0, served);

        var inDm = await h.Discord.DispatchInteraction(FakeDiscordServer.DirectMessage(FakeDiscordServer.SlashCommand("stats"))).Callback.WaitAsync(Timeout);
        Assert.Contains("inside a server", inDm["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        var ssrf = h.Discord.DispatchInteraction(FakeDiscordServer.SlashCommand("article", ("add", FakeDiscordServer.Subcommand(("url", "http://169.254.169.254/latest/meta-data/")))));
        var answer = await AnswerAsync(ssrf);
        Assert.Contains("never fetches", answer.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The message an interaction was answered with: the callback itself, or the edit that follows a deferral.</summary>
    private static async Task<JsonObject> AnswerAsync(InteractionHandle handle)
    {
        var callback = await handle.Callback.WaitAsync(Timeout);
        return callback["type"]!.GetValue<int>() == 5 ? await handle.OriginalEdit.WaitAsync(Timeout) : callback["data"]!.AsObject();
    }

    private int served;

    public void Dispose()
    {
        // Close alone: Stop then Close gives the port back twice, and the second time binds it again, which fails with
        // "address already in use" when a test running beside this one has taken the port meanwhile.
        pages.Close();
    }

    private async Task ServeAsync()
    {
        while (pages.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await pages.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref served);
            var body = Encoding.UTF8.GetBytes("""
                <html><head><title>Undersea cables need patrols, minister says</title></head><body><article>
                <h1>Undersea cables need patrols, minister says</h1>
                <p>STOCKHOLM (Reuters) - Kerstin Lund, Sweden's Minister for Infrastructure, said on Tuesday that undersea data cables in the Baltic needed joint naval patrols after two were cut last year.</p>
                <p>"We cannot protect what we do not watch," Lund told reporters. "Every cable is part of our security now."</p>
                <p>The ministry said a new monitoring centre would open in the autumn, working with neighbouring countries and operators.</p>
                </article></body></html>
                """);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
