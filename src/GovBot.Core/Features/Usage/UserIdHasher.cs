using System.Security.Cryptography;
using System.Text;
using GovBot.Core.Domain;
using Microsoft.Extensions.Options;

namespace GovBot.Core.Features.Usage;

/// <summary>
/// Turns a Discord user id into what the usage log keeps: an HMAC with a key made once per store (so the same user
/// is countable without the id being readable), or the id itself when the operator asked for it.
/// </summary>
public sealed class UserIdHasher(IArticleStore store, IOptions<UsageOptions> options)
{
    private const string KeyName = "usage-hash-key";
    private byte[]? key;

    public string? Protect(string? userId)
    {
        if (userId is null || options.Value.StoreUserIds)
        {
            return userId;
        }

        key ??= LoadKey();
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userId)))[..24];
    }

    private byte[] LoadKey()
    {
        var stored = store.GetMeta(KeyName);
        if (stored is not null)
        {
            return Convert.FromHexString(stored);
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        store.SetMeta(KeyName, Convert.ToHexString(fresh));
        return fresh;
    }
}
