using System.Globalization;
using System.Text;

namespace GovBot.Storage.Safety;

/// <summary>
/// One process per store: an exclusive OS lock on <c>STORE.lock</c>, taken before LiteDB opens the store and held
/// until it closes. LiteDB's own file sharing does not keep a second process out, and two writers corrupt the store.
/// The lock is a POSIX record lock, so the kernel drops it when the process dies however it dies; the file holds
/// the owner's process id for the message the next process prints.
/// </summary>
public sealed class StoreLock : IDisposable
{
    // Record locks do not exclude a second open in the same process, so the process keeps its own list.
    private static readonly HashSet<string> HeldHere = new(StringComparer.Ordinal);

    private readonly FileStream file;
    private readonly string storePath;

    private StoreLock(FileStream file, string storePath)
    {
        this.file = file;
        this.storePath = storePath;
    }

    public static string LockPathFor(string storePath) => storePath + ".lock";

    /// <summary>Takes the lock or throws <see cref="StoreUnavailableException"/> saying who holds it.</summary>
    public static StoreLock Acquire(string storePath)
    {
        lock (HeldHere)
        {
            if (HeldHere.Contains(storePath))
            {
                throw InUse(storePath, Describe(Environment.ProcessId, Environment.MachineName));
            }

            var file = OpenLocked(storePath);

            try
            {
                WriteOwner(file);
            }
            catch
            {
                file.Dispose();
                throw;
            }

            HeldHere.Add(storePath);
            return new StoreLock(file, storePath);
        }
    }

    private static FileStream OpenLocked(string storePath)
    {
        var lockPath = LockPathFor(storePath);
        if (OperatingSystem.IsMacOS())
        {
            // macOS has no record locks in .NET; an exclusive open (flock) still keeps others out, without the owner.
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (File.Exists(lockPath) && e is not (FileNotFoundException or DirectoryNotFoundException))
            {
                throw InUse(storePath, null);
            }
        }

        var file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
        try
        {
            file.Lock(0, 1);
            return file;
        }
        catch (IOException)
        {
            var owner = ReadOwner(file);
            file.Dispose();
            throw InUse(storePath, owner);
        }
    }

    public void Dispose()
    {
        lock (HeldHere)
        {
            if (HeldHere.Remove(storePath))
            {
                file.Dispose();
            }
        }
    }

    private static StoreUnavailableException InUse(string storePath, string? owner) => new(
        StoreProblem.InUse,
        storePath,
        $"The store {storePath} is in use by another GovBot process{(owner is null ? "" : $" ({owner})")}; " +
        "only one process may open it at a time. Stop the running bot (in a container: docker stop -t 15 govbot) and run the command again, " +
        "or point Storage__Path at another file.");

    // "PID HOST": in a container the process id is the container's own (often 1), and the host name is the
    // container's id, which is what the operator needs to find it.
    private static void WriteOwner(FileStream file)
    {
        file.SetLength(0);
        var text = Encoding.UTF8.GetBytes($"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} {Environment.MachineName}\n");
        file.Write(text);
        file.Flush(flushToDisk: false);
    }

    private static string? ReadOwner(FileStream file)
    {
        try
        {
            file.Position = 0;
            var buffer = new byte[256];
            var read = file.Read(buffer);
            var parts = Encoding.UTF8.GetString(buffer, 0, read).Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
            return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0
                ? Describe(pid, parts.Length > 1 ? parts[1] : null)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Describe(int pid, string? host) =>
        string.IsNullOrEmpty(host) || string.Equals(host, Environment.MachineName, StringComparison.Ordinal)
            ? $"process id {pid}"
            : $"process id {pid} on host or container {host}";
}
