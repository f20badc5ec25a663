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
                throw InUse(storePath, Environment.ProcessId);
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

    private static StoreUnavailableException InUse(string storePath, int? owner) => new(
        StoreProblem.InUse,
        storePath,
        $"The store {storePath} is in use by {(owner is { } pid ? $"another GovBot process (process id {pid})" : "another GovBot process")}; " +
        "only one process may open it at a time. Stop the running bot (in a container: docker stop -t 15 govbot) and run the command again, " +
        "or point Storage__Path at another file.");

    private static void WriteOwner(FileStream file)
    {
        file.SetLength(0);
        var text = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        file.Write(text);
        file.Flush(flushToDisk: false);
    }

    private static int? ReadOwner(FileStream file)
    {
        try
        {
            file.Position = 0;
            var buffer = new byte[32];
            var read = file.Read(buffer);
            var text = Encoding.ASCII.GetString(buffer, 0, read).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
