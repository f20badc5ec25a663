using System.Text.Json.Nodes;

namespace GovBot.Discord.Interactions;

/// <summary>How answers leave: by REST callback (gateway mode) or in the HTTP response (endpoint mode).</summary>
public interface IInteractionResponder
{
    Task RespondAsync(Interaction interaction, JsonObject response, CancellationToken ct);

    Task EditOriginalAsync(Interaction interaction, JsonObject message, CancellationToken ct);
}
