using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>The interaction-token webhook routes: the response message (<c>@original</c>) and followups. They work only
/// after a callback was accepted and for <see cref="FakeDiscordOptions.InteractionTokenLifetime"/> after delivery;
/// otherwise 404 10015, as Discord answers a bot that follows up before acknowledging.</summary>
internal sealed class WebhookRoutes(FakeDiscordState state)
{
    private const string Original = "/webhooks/{app}/{token}/messages/@original";
    private const string Message = "/webhooks/{app}/{token}/messages/{message}";

    public IEnumerable<RestRoute> Routes() =>
    [
        new("GET", Original, botAuth: false, "token", r => WithInteraction(r, GetOriginal)),
        new("PATCH", Original, botAuth: false, "token", r => WithInteraction(r, EditOriginal)),
        new("DELETE", Original, botAuth: false, "token", r => WithInteraction(r, DeleteOriginal)),
        new("GET", Message, botAuth: false, "token", r => WithInteraction(r, GetFollowup)),
        new("PATCH", Message, botAuth: false, "token", r => WithInteraction(r, EditFollowup)),
        new("DELETE", Message, botAuth: false, "token", r => WithInteraction(r, DeleteFollowup)),
        new("POST", "/webhooks/{app}/{token}", botAuth: false, "token", r => WithInteraction(r, CreateFollowup)),
    ];

    private RestResponse WithInteraction(RestRequest request, Func<RestRequest, InteractionHandle, RestResponse> handle)
    {
        lock (state.Gate)
        {
            if (request["app"] != state.Options.ApplicationId
                || !state.InteractionsByToken.TryGetValue(request["token"], out var interaction)
                || interaction.AckType is null
                || interaction.DeliveredTimestamp is not { } delivered
                || state.Clock.GetElapsedTime(delivered, request.ArrivedTimestamp) > state.Options.InteractionTokenLifetime)
            {
                return DiscordErrors.UnknownWebhook();
            }

            var response = handle(request, interaction);
            request.Record?.Status = response.Status;
            state.Waiters.Notify();
            return response;
        }
    }

    private RestResponse GetOriginal(RestRequest request, InteractionHandle interaction) =>
        interaction.OriginalMessageState is { } message && !interaction.OriginalDeleted
            ? RestResponse.Ok(message.DeepClone())
            : DiscordErrors.UnknownMessage();

    private RestResponse EditOriginal(RestRequest request, InteractionHandle interaction)
    {
        if (interaction.OriginalMessageState is not { } message || interaction.OriginalDeleted)
        {
            return DiscordErrors.UnknownMessage();
        }

        if (ParseMessage(request, mustHaveContent: false) is not { } edit)
        {
            return Invalid(request, mustHaveContent: false);
        }

        MessageFactory.Merge(message, edit);
        interaction.RecordOriginalEdit(edit);
        return RestResponse.Ok(message.DeepClone());
    }

    private RestResponse DeleteOriginal(RestRequest request, InteractionHandle interaction)
    {
        if (interaction.OriginalMessageState is null || interaction.OriginalDeleted)
        {
            return DiscordErrors.UnknownMessage();
        }

        interaction.OriginalDeleted = true;
        return RestResponse.NoContent();
    }

    private RestResponse CreateFollowup(RestRequest request, InteractionHandle interaction)
    {
        if (ParseMessage(request, mustHaveContent: true) is not { } data)
        {
            return Invalid(request, mustHaveContent: true);
        }

        var message = MessageFactory.Followup(state, interaction, data);
        interaction.FollowupMessages[(string)message["id"]!] = message;
        interaction.RecordFollowup(data);
        return RestResponse.Ok(message.DeepClone());
    }

    private RestResponse GetFollowup(RestRequest request, InteractionHandle interaction) =>
        interaction.FollowupMessages.TryGetValue(request["message"], out var message)
            ? RestResponse.Ok(message.DeepClone())
            : DiscordErrors.UnknownMessage();

    private RestResponse EditFollowup(RestRequest request, InteractionHandle interaction)
    {
        if (!interaction.FollowupMessages.TryGetValue(request["message"], out var message))
        {
            return DiscordErrors.UnknownMessage();
        }

        if (ParseMessage(request, mustHaveContent: false) is not { } edit)
        {
            return Invalid(request, mustHaveContent: false);
        }

        MessageFactory.Merge(message, edit);
        return RestResponse.Ok(message.DeepClone());
    }

    private RestResponse DeleteFollowup(RestRequest request, InteractionHandle interaction) =>
        interaction.FollowupMessages.Remove(request["message"]) ? RestResponse.NoContent() : DiscordErrors.UnknownMessage();

    /// <summary>The body as a message object when it is valid JSON within Discord's limits, else null.</summary>
    private static JsonObject? ParseMessage(RestRequest request, bool mustHaveContent) =>
        request.TryParseBody() is JsonObject body && MessageValidator.Check(body, [], mustHaveContent) is null ? body : null;

    private static RestResponse Invalid(RestRequest request, bool mustHaveContent) =>
        request.TryParseBody() switch
        {
            JsonObject body => MessageValidator.Check(body, [], mustHaveContent)!,
            null when !string.IsNullOrWhiteSpace(request.Body) => DiscordErrors.InvalidJson(),
            _ => DiscordErrors.InvalidFormBody("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"),
        };
}
