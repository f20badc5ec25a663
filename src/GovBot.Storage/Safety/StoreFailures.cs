using LiteDB;

namespace GovBot.Storage.Safety;

/// <summary>
/// Turns what the file system or LiteDB threw into one sentence that names the cause and the path. LiteDB often
/// reports a failed write as a broken transaction; the cause the operator needs (a full disk, a read-only mount)
/// is further down the chain or only visible from the disk itself.
/// </summary>
public static class StoreFailures
{
    private const int ErrorNoSpace = 28;
    private const int ErrorReadOnlyFileSystem = 30;
    private const int ErrorQuotaExceeded = 122;
    private const long NearlyFullBytes = 1024 * 1024;

    public static StoreUnavailableException Describe(Exception exception, string storePath)
    {
        if (exception is StoreUnavailableException known)
        {
            return known;
        }

        var chain = Chain(exception).ToList();
        if (chain.OfType<IOException>().Any(e => e.HResult is ErrorNoSpace or ErrorQuotaExceeded) || IsDiskFull(storePath))
        {
            return new(StoreProblem.DiskFull, storePath,
                $"The disk holding the store {storePath} is full; free some space there (or move Storage__Path to a disk with room) and run GovBot again. Nothing already stored was lost.",
                exception);
        }

        if (chain.OfType<IOException>().Any(e => e.HResult == ErrorReadOnlyFileSystem))
        {
            return new(StoreProblem.ReadOnly, storePath,
                $"The store {storePath} is on a read-only file system; GovBot needs to write there (the store, its -log.db and its .lock file). Mount it read-write or point Storage__Path elsewhere.",
                exception);
        }

        if (chain.OfType<UnauthorizedAccessException>().FirstOrDefault() is not null)
        {
            return new(StoreProblem.PermissionDenied, storePath,
                $"GovBot may not read and write the store {storePath} or its folder (permission denied); give the user running GovBot write access to that folder, or point Storage__Path elsewhere.",
                exception);
        }

        if (chain.OfType<LiteException>().FirstOrDefault() is { } lite)
        {
            return Damaged(lite, storePath);
        }

        if (chain.OfType<IOException>().FirstOrDefault() is { } io)
        {
            return new(StoreProblem.Unexpected, storePath,
                $"The store {storePath} could not be used: {FirstSentence(io.Message)}",
                exception);
        }

        return new(StoreProblem.Unexpected, storePath,
            $"The store {storePath} could not be used ({exception.GetType().Name}: {FirstSentence(exception.Message)}).",
            exception);
    }

    /// <summary>The store's pages do not read as a store: LiteDB's complaint, and what the operator can do.</summary>
    public static StoreUnavailableException Damaged(Exception exception, string storePath) => new(StoreProblem.Damaged, storePath,
        $"The store {storePath} could not be read ({FirstSentence(exception.Message).Replace("{0}", storePath, StringComparison.Ordinal)}); it may be damaged. " +
        "Restore it from a backup, or move it aside to let GovBot create and seed a new one.",
        exception);

    /// <summary>Whether a failure is one of the file system or LiteDB failures that <see cref="Describe"/> explains.</summary>
    public static bool IsStoreFailure(Exception exception) =>
        Chain(exception).Any(e => e is StoreUnavailableException or LiteException or IOException or UnauthorizedAccessException);

    private static bool IsDiskFull(string storePath)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(storePath));
            return folder is not null && Directory.Exists(folder) && new DriveInfo(folder).AvailableFreeSpace < NearlyFullBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.TrimEnd('.');
    }
}
