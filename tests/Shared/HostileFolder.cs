using System.Diagnostics;
using System.Text;

namespace GovBot.Tests.Shared;

/// <summary>
/// A folder built the way an attacker or a clumsy operator would: a link loop, a link to /dev/zero and a FIFO named
/// like documents, an ELF binary renamed .txt, a Latin-1 file, deeply nested HTML, and one ordinary article.
/// </summary>
internal sealed class HostileFolder : IDisposable
{
    public const string GoodText = "title: Envoy note\nsource: Test Wire\ndate: 2024-05-01\n\nAlexander Petrov, the Russian envoy, said the cyber treaty talks must continue.\n";

    private readonly TempDirectory dir = new();

    public HostileFolder()
    {
        Root = Directory.CreateDirectory(Path.Combine(dir.Path, "hostile")).FullName;
        var sub = Directory.CreateDirectory(Path.Combine(Root, "sub")).FullName;
        File.WriteAllText(Path.Combine(Root, "good.txt"), GoodText);
        File.CreateSymbolicLink(Path.Combine(sub, "loop"), Root);
        File.CreateSymbolicLink(Path.Combine(sub, "again"), sub);
        File.CreateSymbolicLink(Path.Combine(Root, "zero.txt"), "/dev/zero");
        MakeFifo(Path.Combine(Root, "pipe.txt"));
        File.WriteAllBytes(Path.Combine(Root, "program.txt"), ElfLike());
        File.WriteAllBytes(Path.Combine(Root, "latin1.txt"), Latin1);
        File.WriteAllText(Path.Combine(Root, "deep.html"), DeepHtml(2 * 1024 * 1024));
    }

    public string Root { get; }

    /// <summary>"… der Minister äußerte …" in Latin-1: the first bad byte (0xE4, "ä") is at <see cref="Latin1BadOffset"/>.</summary>
    public static byte[] Latin1 { get; } =
        Encoding.Latin1.GetBytes("title: Bonn note\nsource: Test Wire\ndate: 2024-05-02\n\nAnna Keller, the German minister, said the plan was sound. Der Minister \u00e4u\u00dferte sich.\n");

    public static int Latin1BadOffset { get; } = Array.IndexOf(Latin1, (byte)0xE4);

    /// <summary>An ELF header and some code-like bytes, as a compiled program renamed .txt would start.</summary>
    public static byte[] ElfLike()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    public static string DeepHtml(int bytes)
    {
        var depth = bytes / 11;
        var sb = new StringBuilder(bytes + 64).Append("<html><body>");
        sb.Insert(sb.Length, "<div>", depth).Append("<p>x</p>").Insert(sb.Length, "</div>", depth);
        return sb.Append("</body></html>").ToString();
    }

    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        if (!mkfifo.WaitForExit(10_000) || mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed");
        }
    }

    public void Dispose() => dir.Dispose();
}
