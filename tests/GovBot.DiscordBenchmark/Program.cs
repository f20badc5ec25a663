using System.Globalization;
using GovBot.DiscordBenchmark;

// End-to-end burst benchmark: a bot process against the fake Discord on loopback. Dispatches N /quote interactions
// evenly within one second and reports how many were answered inside Discord's 3-second window and the latency from
// dispatch to callback, for GovBot and, in the same run, for a do-nothing bot on the same transport answering canned
// text (the floor set by the protocol, the transport and this machine).
// Usage: dotnet run -c Release --project tests/GovBot.DiscordBenchmark [-- N [ROUNDS [COMMAND]]]
// (COMMAND defaults to quote; "help" answers GovBot's fixed text through all of GovBot but the lookup.)
if (args.Length > 0 && args[0] == CannedBot.Argument)
{
    return await CannedBot.RunAsync();
}

var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 200;
var rounds = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 1;
var command = args.Length > 2 ? args[2] : "quote";
const int warmup = 40;
string[] govbot = [Path.Combine(AppContext.BaseDirectory, "GovBot.dll")];
string[] canned = [Path.Combine(AppContext.BaseDirectory, "GovBot.DiscordBenchmark.dll"), CannedBot.Argument];

var results = new List<BurstRun.Result>();
for (var round = 1; round <= rounds; round++)
{
    Console.WriteLine($"round {round} of {rounds}: {count} /{command} within one second, after {warmup} warm-up interactions");
    foreach (var (name, bot) in new[] { ("do-nothing", canned), ("GovBot", govbot) })
    {
        // The do-nothing bot knows only /quote; it answers any other command name with the same canned text path.
        var result = await BurstRun.RunAsync(name, bot, count, warmup, name == "GovBot" ? command : "quote");
        Console.WriteLine(result);
        results.Add(result);
    }
}

var ok = results.All(x => x.Delays.Count == x.Count);
var ratios = results.Chunk(2).Select(pair => pair[1].Percentile(0.99) / Math.Max(0.1, pair[0].Percentile(0.99))).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GovBot p99 / do-nothing p99 per round: {string.Join(", ", ratios.Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}"));
return ok ? 0 : 1;
