using System.Text.Json.Nodes;
using GovBot.Discord.Interactions;
using GovBot.Discord.Rest;

namespace GovBot.Discord.Http;

/// <summary>In endpoint mode the first response goes back in the HTTP response; later edits go by REST.</summary>
internal sealed class InlineResponder(DiscordRestClient rest) : IInteractionResponder
{
    private readonly TaskCompletionSource<JsonObject> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<JsonObject> FirstResponse => first.Task;

    public Task RespondAsync(Interaction interaction, JsonObject response, CancellationToken ct)
    {
        if (!first.TrySetResult(response))
        {
            throw new InvalidOperationException("An interaction was answered twice.");
        }

        return Task.CompletedTask;
    }

    public Task EditOriginalAsync(Interaction interaction, JsonObject message, CancellationToken ct) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, ct);
}
