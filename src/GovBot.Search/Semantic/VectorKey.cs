using System.Security.Cryptography;
using System.Text;

namespace GovBot.Search.Semantic;

/// <summary>A vector's identity: the model and a hash of the exact text, so the same words are encoded once per model.</summary>
public static class VectorKey
{
    /// <summary>32 hex digits (128 bits) of the text's SHA-256: collisions are out of reach at any corpus size.</summary>
    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    public static string For(string modelId, string text) => ForHash(modelId, TextHash(text));

    public static string ForHash(string modelId, string textHash) => $"{modelId}:{textHash}";
}
