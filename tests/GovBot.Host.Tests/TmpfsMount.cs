using System.Diagnostics;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>
/// A small tmpfs, so a test can fill a disk or make it read-only for real. Mounting needs root, which the
/// developers' machines and CI have; elsewhere <see cref="TryCreate"/> returns null and says why.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// A mounted tmpfs, or null where mounting is not possible because the tests do not run as root. As root a
    /// failed mount fails the test, so the checks that need a real disk can never pass by being skipped.
    /// </summary>
    public static TmpfsMount? TryCreate(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
        if (code == 0)
        {
            return new TmpfsMount(folder);
        }

        Assert.True(Environment.UserName != "root", "root can mount a tmpfs: " + output);
        return null;
    }

    /// <summary>The sandbox of <see cref="GovBotProcess.Sandbox"/> with its store on this disk.</summary>
    public Dictionary<string, string?> Sandbox(TempDirectory dir)
    {
        var env = GovBotProcess.Sandbox(dir);
        env["Storage__Path"] = System.IO.Path.Combine(Path, "govbot.db");
        return env;
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
