using System.Runtime.InteropServices;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Tells a regular file from a FIFO, a device or a link without opening it: opening a FIFO waits for a writer, and
/// reading /dev/zero never ends. On Linux it asks statx(2), whose record layout is the same on every architecture;
/// elsewhere it falls back to what .NET reports, and an apparently empty non-directory counts as unknown.
/// </summary>
public static class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxRecordBytes = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int Enoent = 2;
    private const int Enotdir = 20;
    private static bool statxMissing;

    /// <param name="followLinks">False describes a link itself; true what it finally points to.</param>
    public static (FileKind Kind, long Size) Probe(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux() && !Volatile.Read(ref statxMissing))
        {
            try
            {
                return Statx(path, followLinks);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                Volatile.Write(ref statxMissing, true);
            }
        }

        return Portable(path, followLinks);
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "no such file or folder",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "empty or not a regular file",
    };

    private static (FileKind, long) Statx(string path, bool followLinks)
    {
        var record = new byte[StatxRecordBytes];
        if (NativeStatx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxSize, record) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is Enoent or Enotdir ? (FileKind.Missing, 0) : throw new IOException($"cannot examine {path} (error {errno})");
        }

        // The record is in the machine's own byte order.
        var mode = MemoryMarshal.Read<ushort>(record.AsSpan(ModeOffset));
        var size = MemoryMarshal.Read<long>(record.AsSpan(SizeOffset));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return (kind, size);
    }

    private static (FileKind, long) Portable(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return (FileKind.Missing, 0);
        }

        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return (FileKind.SymbolicLink, 0);
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return (FileKind.Missing, 0);
            }

            info = target;
        }

        return info switch
        {
            DirectoryInfo => (FileKind.Directory, 0),
            _ when info.Attributes.HasFlag(FileAttributes.Device) => (FileKind.CharacterDevice, 0),
            FileInfo { Length: > 0 } file => (FileKind.Regular, file.Length),
            _ => (FileKind.Unknown, 0),
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int NativeStatx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] record);
}
