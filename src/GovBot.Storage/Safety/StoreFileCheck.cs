using System.Text;

namespace GovBot.Storage.Safety;

/// <summary>
/// Refuses to open a file that is not a LiteDB store: LiteDB would silently replace a short file with an empty
/// store, and whatever the operator kept there would be gone. Only a missing file becomes a new store.
/// </summary>
public static class StoreFileCheck
{
    // LiteDB 5 writes this banner at byte 32 of the first page and its file format version (8) right after it.
    private const int BannerOffset = 32;
    private const byte FileVersion = 8;
    private const int PageSize = 8192;
    private static readonly byte[] Banner = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>True when there is no file yet; throws when the file exists but is not a LiteDB store.</summary>
    public static bool IsNew(string path)
    {
        if (Directory.Exists(path))
        {
            throw NotAStore(path, "is a folder");
        }

        if (!File.Exists(path))
        {
            return true;
        }

        byte[] head = new byte[BannerOffset + Banner.Length + 1];
        long length;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None))
        {
            length = stream.Length;
            if (length == 0)
            {
                throw NotAStore(path, "is empty");
            }

            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (length < PageSize || !head.AsSpan(BannerOffset, Banner.Length).SequenceEqual(Banner))
        {
            throw NotAStore(path, "is not a GovBot store");
        }

        if (head[^1] != FileVersion)
        {
            throw NotAStore(path, $"is a LiteDB file of another format version ({head[^1]}), not a GovBot store");
        }

        return false;
    }

    private static StoreUnavailableException NotAStore(string path, string what) => new(
        StoreProblem.NotAStore,
        path,
        $"The file at Storage__Path ({path}) {what}; GovBot will not overwrite it. Point Storage__Path at an existing " +
        "GovBot store or at a path where no file exists yet (GovBot creates the store there).");
}
