using GovBot.Storage;
using Microsoft.Extensions.Options;

namespace GovBot.Health;

/// <summary>
/// A file the running bot touches on every heartbeat acknowledgement. <c>GovBot health</c> reads its age instead of
/// opening the store, which the running bot holds exclusively.
/// </summary>
public sealed class HeartbeatFile(IOptions<HealthOptions> health, IOptions<StorageOptions> storage, TimeProvider time)
{
    public string Path => string.IsNullOrWhiteSpace(health.Value.HeartbeatPath)
        ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(storage.Value.Path)) ?? ".", "govbot.heartbeat")
        : health.Value.HeartbeatPath;

    public void Touch() => File.WriteAllText(Path, time.GetUtcNow().ToString("O"));

    /// <summary>Null when the bot has never beaten.</summary>
    public TimeSpan? Age()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        return time.GetUtcNow() - File.GetLastWriteTimeUtc(Path);
    }

    public bool IsFresh() => Age() is { } age && age.TotalSeconds <= health.Value.MaxAgeSeconds;
}
