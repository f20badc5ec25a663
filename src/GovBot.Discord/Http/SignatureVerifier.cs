using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace GovBot.Discord.Http;

/// <summary>Checks Discord's Ed25519 signature over the timestamp followed by the raw body, before anything parses the body.</summary>
public sealed class SignatureVerifier
{
    private readonly PublicKey? key;

    public SignatureVerifier(IOptions<DiscordOptions> options)
    {
        if (options.Value.PublicKey is { Length: 64 } hex)
        {
            key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
        }
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (key is null || string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: 128 } || !signatureHex.All(Uri.IsHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(key, message, signature);
    }
}
