using System.Diagnostics;

namespace GovBot.Host.Tests;

/// <summary>
/// A small tmpfs, so a test can fill a disk or make it read-only for real. Mounting needs root, which the
/// developers' machines and CI have; elsewhere <see cref="TryCreate"/> returns null and says why.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount? TryCreate(string folder, string size, out string why)
    {
        Directory.CreateDirectory(folder);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
        why = output;
        return code == 0 ? new TmpfsMount(folder) : null;
    }

    public void Remount(string options)
    {
        var (code, output) = Run("mount", "-o", "remount," + options, Path);
        Assert.True(code == 0, output);
    }

    public void Dispose() => Run("umount", "-l", Path);

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
