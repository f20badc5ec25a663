using System.Diagnostics;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>Runs the real GovBot executable, as a user would, with its own environment and a time limit.</summary>
internal static class GovBotProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(IDictionary<string, string?> environment, params string[] args)
    {
        var info = StartInfo(environment, args);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"GovBot {string.Join(' ', args)} did not finish within {Limit}.");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    public static ProcessStartInfo StartInfo(IDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = environment.TryGetValue("PWD", out var pwd) && pwd is not null ? pwd : Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GovBot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("Discord", StringComparison.OrdinalIgnoreCase) || k is "DISCORD_TOKEN" or "Storage__Path" or "Seed__Path").ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (key, value) in environment.Where(kv => kv.Key != "PWD"))
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>A store and a small seed folder of real documents in a temp folder.</summary>
    public static Dictionary<string, string?> Sandbox(TempDirectory dir)
    {
        var seed = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(seed);
        File.Copy(RepoPaths.SeedArticle, Path.Combine(seed, Path.GetFileName(RepoPaths.SeedArticle)));
        var statement = RepoPaths.Corpus("whitehouse-briefing-room/2022-03-08_statement-by-deputy-national-security-advisor-for-cyber-and-emerging-technology.txt");
        File.Copy(statement, Path.Combine(seed, Path.GetFileName(statement)));
        return new Dictionary<string, string?>
        {
            ["Storage__Path"] = dir.File("store/govbot.db"),
            ["Seed__Path"] = seed,
            // The shipped vectors hold the seed documents' passages, so the bot need not load the model to encode them.
            ["Semantic__VectorsPath"] = Path.Combine(RepoPaths.Root, "data", "vectors"),
            ["PWD"] = dir.Path,
        };
    }
}
