using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using GovBot.Discord;
using GovBot.Discord.Gateway;
using GovBot.Discord.Http;
using GovBot.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovBot.DiscordBenchmark;

/// <summary>
/// The do-nothing reference: the same Discord transport (gateway client, dispatcher, REST client, renderer) answering
/// every /quote with canned text, with no store, no index and no usage log. What GovBot adds over it is the cost of
/// its own work.
/// </summary>
internal static class CannedBot
{
    public const string Argument = "--canned-bot";

    public static async Task<int> RunAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IUsageLog, NoUsageLog>();
        builder.Services.AddSingleton<CommandRunner>();
        builder.Services.AddSingleton<ISlashCommand, CannedQuote>();
        builder.Services.AddSingleton<Observer>();
        builder.Services.AddSingleton<IGatewayObserver>(sp => sp.GetRequiredService<Observer>());
        builder.Services.AddSingleton<IGatewayObserverAdapter>(sp => sp.GetRequiredService<Observer>());
        builder.Services.AddSingleton<IRegistrationState, Observer>();
        builder.AddDiscordTransport();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }

    private sealed class CannedQuote : ISlashCommand
    {
        private static readonly CommandReply Reply = new(ReplyOutcome.Answered, "Quotes on “canned”", [],
            [new ReplyField("A speaker, a title (Country)", "“A canned statement of ordinary length, as a quote would be.”\n— An article, a source, 2024-01-01 · statement 1")],
            [new Citation("An article", "a source", "2024-01-01", "https://example.org/a")], 1);

        public CommandDefinition Definition { get; } = new("quote", "canned", [new CommandOption("query", "anything", CommandOptionType.String)]);

        public CommandReply Execute(CommandInput input) => Reply;
    }

    private sealed class NoUsageLog : IUsageLog
    {
        public void Record(UsageEvent usage)
        {
        }

        public IReadOnlyList<UsageEvent> Since(DateTime sinceUtc) => [];

        public int PurgeBefore(DateTime cutoffUtc) => 0;
    }

    private sealed class Observer : IGatewayObserver, IGatewayObserverAdapter, IRegistrationState
    {
        public void HeartbeatAcknowledged()
        {
        }

        public Task ReadyAsync(string applicationId, CancellationToken ct) => Task.CompletedTask;

        public Task EndpointStartedAsync(CancellationToken ct) => Task.CompletedTask;

        public string? Get(string key) => null;

        public void Set(string key, string value)
        {
        }
    }
}
