using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Whether bytes are text GovBot should read: binary content (a NUL byte, or more than one byte in twenty a control
/// character) is refused; UTF-16 is refused with the fix; invalid UTF-8 is read with a warning naming its first byte.
/// </summary>
public sealed record ContentCheck(string? Refusal, string? Warning)
{
    private const int MaxControlsPerThousand = 50;

    public static ContentCheck Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new ContentCheck("UTF-16 text; save it as UTF-8 to import it", null);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new ContentCheck($"binary content (a NUL byte at byte {Number(nul)}), not text", null);
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            // Tab, line feed, vertical tab, form feed and carriage return are layout; the rest of C0 and DEL are not text.
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D)) || b == 0x7F)
            {
                controls++;
            }
        }

        if (controls > 1 && controls * 1000L > bytes.Length * (long)MaxControlsPerThousand)
        {
            return new ContentCheck($"binary content ({Number(controls)} control characters in {Number(bytes.Length)} bytes), not text", null);
        }

        var offset = FirstInvalidUtf8(bytes);
        return new ContentCheck(null, offset < 0 ? null
            : $"not valid UTF-8 from byte {Number(offset)} (0x{bytes[offset]:X2}); such bytes were read as “\uFFFD” — save the file as UTF-8");
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            return status == OperationStatus.Done ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
