using System.Text.Json.Nodes;
using GovBot.Discord.Rest;

namespace GovBot.Discord.Interactions;

public sealed class RestResponder(DiscordRestClient rest) : IInteractionResponder
{
    public Task RespondAsync(Interaction interaction, JsonObject response, CancellationToken ct) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct);

    public Task EditOriginalAsync(Interaction interaction, JsonObject message, CancellationToken ct) =>
        rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, ct);
}
