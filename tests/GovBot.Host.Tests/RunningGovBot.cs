using System.Diagnostics;
using System.Text;

namespace GovBot.Host.Tests;

/// <summary>A GovBot process left running, whose output can be awaited and which can be stopped with SIGTERM.</summary>
internal sealed class RunningGovBot : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> waiters = [];

    private RunningGovBot(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public int ProcessId => process.Id;

    public static RunningGovBot Start(IDictionary<string, string?> environment, params string[] args)
    {
        var info = GovBotProcess.StartInfo(environment, args);
        return new RunningGovBot(Process.Start(info)!);
    }

    public Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        lock (gate)
        {
            if (output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((text, seen));
            return seen.Task.WaitAsync(timeout);
        }
    }

    /// <summary>Sends SIGTERM, as docker/podman stop does, and waits for the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Unix): no shutdown code runs at all.</summary>
    public async Task KillAsync(TimeSpan timeout)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().WaitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
            var text = output.ToString();
            foreach (var waiter in waiters.Where(w => text.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult();
                waiters.Remove(waiter);
            }
        }
    }
}
