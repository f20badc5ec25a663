using System.Collections.Concurrent;
using GovBot.Core.Commands;

namespace GovBot.Discord.Interactions;

/// <summary>
/// Remembers, for a while, which command and options produced a paged answer, so the buttons can re-run it for
/// another page. Bounded in size and age; a forgotten list gets a polite "run it again".
/// </summary>
public sealed class PagingStore(TimeProvider time)
{
    private const int Capacity = 5000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (string Command, CommandInput Input, string? UserId, DateTimeOffset At)> entries = new(StringComparer.Ordinal);

    public string Remember(string command, CommandInput input, string? userId)
    {
        if (entries.Count >= Capacity)
        {
            var cutoff = time.GetUtcNow() - Lifetime;
            foreach (var stale in entries.Where(e => e.Value.At < cutoff).Select(e => e.Key).ToList())
            {
                entries.TryRemove(stale, out _);
            }

            if (entries.Count >= Capacity)
            {
                foreach (var oldest in entries.OrderBy(e => e.Value.At).Take(Capacity / 10).Select(e => e.Key).ToList())
                {
                    entries.TryRemove(oldest, out _);
                }
            }
        }

        var key = Guid.NewGuid().ToString("N")[..16];
        entries[key] = (command, input, userId, time.GetUtcNow());
        return key;
    }

    public bool TryGet(string key, out string command, out CommandInput input, out string? userId)
    {
        command = "";
        input = new CommandInput(new Dictionary<string, string>());
        userId = null;
        if (!entries.TryGetValue(key, out var entry) || time.GetUtcNow() - entry.At > Lifetime)
        {
            return false;
        }

        (command, input, userId) = (entry.Command, entry.Input, entry.UserId);
        return true;
    }
}
