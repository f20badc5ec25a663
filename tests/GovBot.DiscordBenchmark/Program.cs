using System.Diagnostics;
using System.Globalization;
using GovBot.FakeDiscord;
using GovBot.Tests.Shared;

// End-to-end load benchmark: the real GovBot process against the fake Discord on loopback. Dispatches N interactions
// within one second and reports how many were answered inside Discord's 3-second window, and the latency from
// dispatch to callback. Usage: dotnet run -c Release --project tests/GovBot.DiscordBenchmark [-- N]
var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 200;
using var dir = new TempDirectory();
await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 5000 });

var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GovBot.dll"));
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
    await discord.WaitForIdentifyAsync(1, TimeSpan.FromSeconds(60));
    Console.WriteLine($"bot ready (seeded store, identified) after {started.Elapsed.TotalSeconds:0.00} s");

    string[] queries = ["arms race", "ransomware", "critical infrastructure", "norms", "information security", "cyberspace", "sanctions", "data flows"];
    string[] names = ["Long", "putin", "Neuberger", "Lavrov", "Psaki", "Sullivan"];
    var handles = new List<InteractionHandle>(count);
    var spacing = TimeSpan.FromMilliseconds(1000.0 / count);
    var dispatchClock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var interaction = (i % 3) switch
        {
            0 => FakeDiscordServer.SlashCommand("quote", ("query", queries[i % queries.Length])),
            1 => FakeDiscordServer.SlashCommand("speaker", ("name", names[i % names.Length])),
            _ => FakeDiscordServer.Autocomplete("speaker", "name", names[i % names.Length][..2]),
        };
        handles.Add(discord.DispatchInteraction(interaction));
        var due = spacing * (i + 1);
        if (dispatchClock.Elapsed < due)
        {
            await Task.Delay(due - dispatchClock.Elapsed);
        }
    }

    Console.WriteLine($"dispatched {count} interactions in {dispatchClock.Elapsed.TotalMilliseconds:0} ms");
    await Task.WhenAll(handles.Select(h => h.Callback.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { }, TaskScheduler.Default)));
    var delays = handles.Where(h => h.CallbackDelay is not null).Select(h => h.CallbackDelay!.Value.TotalMilliseconds).Order().ToList();
    double Percentile(double p) => delays.Count == 0 ? double.NaN : delays[Math.Clamp((int)Math.Ceiling(p * delays.Count) - 1, 0, delays.Count - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"answered {delays.Count}/{count}, within 3 s: {delays.Count(d => d < 3000)}; dispatch to callback p50 {Percentile(0.5):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {Percentile(1):0.0} ms"));
    Console.WriteLine($"deferred (type 5): {handles.Count(h => h.AcknowledgedWith == 5)}; rejected callbacks: {handles.Sum(h => h.CallbackResults.Count(r => r.Status >= 400))}");
    return delays.Count == count ? 0 : 1;
}
finally
{
    bot.Kill(entireProcessTree: true);
    await bot.WaitForExitAsync();
}
