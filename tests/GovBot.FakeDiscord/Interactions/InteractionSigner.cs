using System.Text;
using NSec.Cryptography;

namespace GovBot.FakeDiscord.Interactions;

/// <summary>The application's Ed25519 key pair for HTTP-interactions mode. Discord signs the UTF-8 bytes of the
/// timestamp followed by the raw body; the bot verifies with the public key (doc §3).</summary>
internal sealed class InteractionSigner : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public byte[] PublicKey => _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    public string SignHex(string timestamp, ReadOnlySpan<byte> body)
    {
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        return Convert.ToHexStringLower(Algorithm.Sign(_key, message));
    }

    public void Dispose() => _key.Dispose();
}
