using System.Text.Json.Nodes;
using System.Threading.Channels;
using GovBot.Discord.Interactions;

namespace GovBot.Discord.Tests;

/// <summary>Collects what the dispatcher sends, and lets a test wait for each message without sleeping.</summary>
internal sealed class RecordingResponder : IInteractionResponder
{
    private readonly Channel<(string Kind, JsonObject Body)> sent = Channel.CreateUnbounded<(string, JsonObject)>();

    public Task RespondAsync(Interaction interaction, JsonObject response, CancellationToken ct) => sent.Writer.WriteAsync(("respond", response), ct).AsTask();

    public Task EditOriginalAsync(Interaction interaction, JsonObject message, CancellationToken ct) => sent.Writer.WriteAsync(("edit", message), ct).AsTask();

    public async Task<(string Kind, JsonObject Body)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await sent.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out (string Kind, JsonObject Body) message) => sent.Reader.TryRead(out message);
}
