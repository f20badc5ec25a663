using GovBot.Core.Features.Quotes;

namespace GovBot.Cli.Verbs;

public sealed class QuoteVerb : IVerb
{
    public string Name => "quote";
    public string Usage => "quote [TOPIC] [--speaker NAME] [--limit N]";
    public string Description => "best matching statements, with speaker and source";
    public IReadOnlySet<string> Options => new HashSet<string> { "speaker", "limit" };

    public IReadOnlyList<VerbOption> OptionHelp =>
    [
        VerbOption.Text("speaker", "NAME", "only statements by this speaker (partial names and small typos work)"),
        VerbOption.Number("limit", $"how many statements to show (default 5)", 1, QuoteHandler.MaxLimit),
    ];

    public IReadOnlyList<string> Examples => ["quote \"arms race\"", "quote --speaker \"Long Zhou\"", "quote cyber --speaker putin --limit 10"];

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var request = new QuoteRequest(args.Text, args.Get("speaker"), args.GetInt("limit", 5));
        var options = string.Join(' ', new[] { args.Text, args.Get("speaker") is { } s ? $"speaker:{s}" : null }.Where(x => x is not null));
        return Task.FromResult(ReplyVerb.Print(context, Name, options, () => context.Get<QuoteHandler>().Handle(request)));
    }
}
