using System.Globalization;
using System.Text;
using System.Text.Json;
using GovBot.Core.Domain;

namespace GovBot.Cli.Verbs;

/// <summary><c>GovBot usage export --format csv|json [--days N]</c>: the usage log for analysis elsewhere.</summary>
public sealed class UsageVerb : IVerb
{
    public string Name => "usage";
    public string Usage => "usage export [--format csv|json] [--days N]";
    public string Description => "export the usage log (user ids are keyed hashes unless configured otherwise)";
    public IReadOnlySet<string> Options => new HashSet<string> { "format", "days" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Choice("format", "csv (default) or a JSON array", "csv", "json"),
        VerbOption.Number("days", "only events from the last N days (default: all)", 1, 3650),
    ];

    public IReadOnlyList<string> Examples => ["usage export > usage.csv", "usage export --format json --days 30"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var format = (args.Get("format") ?? "csv").ToLowerInvariant();
        if (args.Positional is not ["export"])
        {
            context.Error.WriteLine(args.Positional.Count == 0
                ? "GovBot usage: say what to do; “export” is the one action."
                : $"GovBot usage: “{string.Join(' ', args.Positional)}” is not an action; “export” is the one action.");
            context.Error.WriteLine($"Usage: GovBot {Usage}");
            return Task.FromResult(ExitCodes.Usage);
        }

        var days = args.GetInt("days", 3650);
        var since = context.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-days);
        var events = context.Get<IUsageLog>().Since(since).OrderBy(e => e.TimeUtc).ToList();
        context.Out.Write(format == "json" ? Json(events) : Csv(events));
        return Task.FromResult(ExitCodes.Ok);
    }

    private static string Json(List<UsageEvent> events) =>
        JsonSerializer.Serialize(events.Select(e => new
        {
            time = e.TimeUtc.ToString("O", CultureInfo.InvariantCulture),
            surface = e.Surface,
            guild = e.GuildId,
            channel = e.ChannelId,
            user = e.User,
            command = e.Command,
            options = e.Options,
            outcome = e.Outcome,
            results = e.ResultCount,
            latency_ms = e.LatencyMs,
        }), new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;

    private static string Csv(List<UsageEvent> events)
    {
        var sb = new StringBuilder("time,surface,guild,channel,user,command,options,outcome,results,latency_ms\n");
        foreach (var e in events)
        {
            sb.AppendJoin(',', [
                e.TimeUtc.ToString("O", CultureInfo.InvariantCulture), e.Surface, e.GuildId, e.ChannelId, e.User, e.Command, Quote(e.Options), e.Outcome,
                e.ResultCount.ToString(CultureInfo.InvariantCulture), e.LatencyMs.ToString(CultureInfo.InvariantCulture)]).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a query as a formula.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
