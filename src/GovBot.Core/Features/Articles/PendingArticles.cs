using System.Collections.Concurrent;

namespace GovBot.Core.Features.Articles;

/// <summary>Previewed documents waiting for Confirm, for 15 minutes; nothing is stored until then.</summary>
public sealed class PendingArticles(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Pending> items = new(StringComparer.Ordinal);

    public sealed record Pending(string DocumentKey, string FileName, byte[] Bytes, Uri? Url, string Moderator, DateTimeOffset At);

    public string Add(string documentKey, string fileName, byte[] bytes, Uri? url, string moderator)
    {
        foreach (var stale in items.Where(i => time.GetUtcNow() - i.Value.At > Lifetime).Select(i => i.Key).ToList())
        {
            items.TryRemove(stale, out _);
        }

        var key = Guid.NewGuid().ToString("N")[..16];
        items[key] = new Pending(documentKey, fileName, bytes, url, moderator, time.GetUtcNow());
        return key;
    }

    public Pending? Take(string key) =>
        items.TryRemove(key, out var pending) && time.GetUtcNow() - pending.At <= Lifetime ? pending : null;
}
