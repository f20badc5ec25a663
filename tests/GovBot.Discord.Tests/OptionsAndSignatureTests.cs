using System.Text;
using GovBot.Discord.Http;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace GovBot.Discord.Tests;

public sealed class OptionsAndSignatureTests
{
    [Theory]
    [InlineData(null, "Discord__Token")]
    [InlineData("Bot abc", "Discord__Token")]
    public void Bad_tokens_are_refused_naming_the_setting(string? token, string setting)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = token });
        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_settings_each_name_their_variable()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions
        {
            Token = "abc", ApiBaseUrl = "not a url", GuildId = "guild", ShardId = 2, ShardCount = 1, Mode = DiscordMode.Http, PublicKey = "xyz",
        });
        foreach (var setting in new[] { "Discord__ApiBaseUrl", "Discord__GuildId", "Discord__ShardId", "Discord__PublicKey" })
        {
            Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Good_settings_pass() =>
        Assert.True(new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "abc.def", GuildId = "123" }).Succeeded);

    [Fact]
    public void Signatures_are_checked_over_timestamp_and_raw_body()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var publicHex = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var verifier = new SignatureVerifier(Options.Create(new DiscordOptions { Token = "t", PublicKey = publicHex }));
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        const string timestamp = "1764158400";
        var signature = Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray()));

        Assert.True(verifier.IsValid(signature, timestamp, body));
        Assert.False(verifier.IsValid(signature, "1764158401", body));
        Assert.False(verifier.IsValid(signature, timestamp, Encoding.UTF8.GetBytes("""{"type":2}""")));
        Assert.False(verifier.IsValid("zz" + signature[2..], timestamp, body));
        Assert.False(verifier.IsValid(null, timestamp, body));
    }
}
