using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace GovBot.Discord.Http;

/// <summary>Checks Discord's Ed25519 signature over the timestamp followed by the raw body, before anything parses the body.</summary>
public sealed class SignatureVerifier
{
    private const int SignatureBytes = 64;
    private readonly PublicKey? key;

    public SignatureVerifier(IOptions<DiscordOptions> options)
    {
        if (options.Value.PublicKey is { Length: 64 } hex)
        {
            key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
        }
    }

    /// <summary>Whether the header could be a signature at all, so a request without one is refused before its body is read.</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? signatureHex) => signatureHex is { Length: SignatureBytes * 2 } && signatureHex.All(char.IsAsciiHexDigit);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp))
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return IsValid(signatureHex, message);
    }

    /// <summary>Verifies <paramref name="signedMessage"/>, which is the timestamp immediately followed by the body.</summary>
    public bool IsValid(string? signatureHex, ReadOnlySpan<byte> signedMessage)
    {
        Span<byte> signature = stackalloc byte[SignatureBytes];
        return key is not null && IsWellFormed(signatureHex) &&
               Convert.FromHexString(signatureHex, signature, out _, out _) == OperationStatus.Done &&
               SignatureAlgorithm.Ed25519.Verify(key, signedMessage, signature);
    }
}
