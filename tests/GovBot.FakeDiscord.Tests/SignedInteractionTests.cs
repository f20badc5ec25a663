using System.Net;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Tests.Support;
using NSec.Cryptography;

namespace GovBot.FakeDiscord.Tests;

public sealed class SignedInteractionTests
{
    [Fact]
    public async Task Public_key_is_a_raw_32_byte_ed25519_key()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        Assert.Equal(32, server.PublicKey.Length);
        Assert.Equal(Convert.ToHexStringLower(server.PublicKey), server.PublicKeyHex);
        Assert.NotNull(PublicKey.Import(SignatureAlgorithm.Ed25519, server.PublicKey, KeyBlobFormat.RawPublicKey));
    }

    [Fact]
    public async Task Valid_signature_verifies_and_the_inline_answer_counts_as_the_callback()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var bot = await StandInBotEndpoint.StartAsync(server.PublicKey);

        var ping = await server.PostSignedInteractionAsync(bot.Url, FakeDiscordServer.Ping());
        var command = await server.PostSignedInteractionAsync(bot.Url, FakeDiscordServer.SlashCommand("quote", ("topic", "cyber")));

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal("{\"type\":1}", await ping.Content.ReadAsStringAsync());
        Assert.All(bot.Received, r => Assert.True(r.Valid));
        var received = bot.Received.Last();
        Assert.Matches("^[0-9]{10}$", received.Timestamp);
        Assert.Matches("^[0-9a-f]{128}$", received.Signature);
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        var handle = server.Interactions[1];
        Assert.Equal((string?)JsonNode.Parse(received.Body)!["id"], handle.Id);
        Assert.Equal("pong", (string?)(await handle.Callback.WaitAsync(TimeSpan.FromSeconds(5)))["data"]!["content"]);
        Assert.Equal(1, (int)(await server.Interactions[0].Callback)["type"]!);
    }

    [Fact]
    public async Task Invalid_signature_fails_verification_and_gets_401()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var bot = await StandInBotEndpoint.StartAsync(server.PublicKey);

        var response = await server.PostSignedInteractionAsync(bot.Url, FakeDiscordServer.Ping(), validSignature: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(bot.Received.Single().Valid);
        Assert.False(server.Interactions.Single().Callback.IsCompleted);
    }
}
