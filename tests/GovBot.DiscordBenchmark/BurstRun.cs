using System.Diagnostics;
using System.Globalization;
using GovBot.FakeDiscord;
using GovBot.Tests.Shared;

namespace GovBot.DiscordBenchmark;

/// <summary>One bot process against a fresh fake Discord: warm-up, then a burst of /quote dispatched evenly over one second.</summary>
internal static class BurstRun
{
    private static readonly string[] Queries = ["arms race", "ransomware", "critical infrastructure", "norms", "information security", "cyberspace", "sanctions", "data flows"];

    public sealed record Result(string Bot, int Count, IReadOnlyList<double> Delays, int Deferred, int Rejected)
    {
        public double Percentile(double p) => Delays.Count == 0 ? double.NaN : Delays[Math.Clamp((int)Math.Ceiling(p * Delays.Count) - 1, 0, Delays.Count - 1)];

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Bot,-9} answered {Delays.Count}/{Count}, within 3 s: {Delays.Count(d => d < 3000)}; dispatch to callback p50 {Percentile(0.5):0.0} ms, " +
            $"p95 {Percentile(0.95):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {Percentile(1):0.0} ms; deferred {Deferred}, rejected callbacks {Rejected}");
    }

    public static async Task<Result> RunAsync(string name, IReadOnlyList<string> botArguments, int count, int warmup, string command = "quote")
    {
        using var dir = new TempDirectory();
        await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 5000 });
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in botArguments)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Discord__Token"] = discord.Options.Token;
        info.Environment["Discord__ApiBaseUrl"] = discord.ApiBaseUrl;
        info.Environment["Discord__GuildId"] = FakeDiscordServer.DefaultGuildId;
        info.Environment["Storage__Path"] = dir.File("govbot.db");
        info.Environment["Seed__Path"] = Path.Combine(RepoPaths.Root, "data", "articles");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var bot = Process.Start(info)!;
        bot.OutputDataReceived += (_, _) => { };
        bot.ErrorDataReceived += (_, _) => { };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            var started = Stopwatch.StartNew();
            // Seeding the store first can take a minute or more on a loaded machine.
            await discord.WaitForIdentifyAsync(1, TimeSpan.FromSeconds(240));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: ready (identified) after {started.Elapsed.TotalSeconds:0.00} s"));

            // Warm-up one at a time, so both bots are measured after their code is compiled, not while it is.
            for (var i = 0; i < warmup; i++)
            {
                await discord.DispatchInteraction(Interaction(command, i)).Callback.WaitAsync(TimeSpan.FromSeconds(30));
            }

            var handles = new List<InteractionHandle>(count);
            var spacing = TimeSpan.FromMilliseconds(1000.0 / count);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                handles.Add(discord.DispatchInteraction(Interaction(command, i)));
                var due = spacing * (i + 1);
                if (clock.Elapsed < due)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
            }

            await Task.WhenAll(handles.Select(h => h.Callback.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { }, TaskScheduler.Default)));
            var delays = handles.Where(h => h.CallbackDelay is not null).Select(h => h.CallbackDelay!.Value.TotalMilliseconds).Order().ToList();
            return new Result(name, count, delays, handles.Count(h => h.AcknowledgedWith == 5), handles.Sum(h => h.CallbackResults.Count(r => r.Status >= 400)));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    /// <summary>/quote with a topic, or another command without options (/help isolates everything but the lookup).</summary>
    private static System.Text.Json.Nodes.JsonObject Interaction(string command, int i) => command == "quote"
        ? FakeDiscordServer.SlashCommand("quote", ("query", Queries[i % Queries.Length]))
        : FakeDiscordServer.SlashCommand(command);
}
