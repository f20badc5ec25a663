using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary><c>POST /interactions/{id}/{token}/callback</c>: no Authorization needed; 204 within the callback window,
/// 404 10062 when unknown or late, 400 40060 for a second acknowledgement. Every attempt is recorded on its interaction.</summary>
internal sealed class CallbackRoutes(FakeDiscordState state)
{
    public const string Template = "/interactions/{interaction}/{token}/callback";

    public IEnumerable<RestRoute> Routes() => [new("POST", Template, botAuth: false, "interaction", Callback)];

    public RestResponse Callback(RestRequest request)
    {
        var body = request.TryParseBody() as JsonObject;
        lock (state.Gate)
        {
            var interaction = Find(request);
            var response = Decide(interaction, body, request.Body, request.ArrivedTimestamp, withResponse: request.Query["with_response"] == "true");
            request.Record?.Status = response.Status;
            interaction?.RecordCallbackAttempt(body ?? Unparsed(request.Body), response.Status, request.ArrivedTimestamp);
            state.Waiters.Notify();
            return response;
        }
    }

    /// <summary>A scripted failure hit a callback: the bot still tried, so the attempt counts.</summary>
    public void RecordRejectedAttempt(RestRequest request, int status)
    {
        lock (state.Gate)
        {
            request.Record?.Status = status;
            Find(request)?.RecordCallbackAttempt(request.TryParseBody() as JsonObject ?? Unparsed(request.Body), status, request.ArrivedTimestamp);
            state.Waiters.Notify();
        }
    }

    /// <summary>HTTP-interactions mode: a 200 answer to the signed POST is the callback.</summary>
    public void RecordInlineAnswer(InteractionHandle interaction, JsonObject body, long arrivedTimestamp)
    {
        lock (state.Gate)
        {
            var response = Decide(interaction, body, body.ToJsonString(), arrivedTimestamp, withResponse: false);
            interaction.RecordCallbackAttempt(body, response.Status == 204 ? 200 : response.Status, arrivedTimestamp);
            state.Waiters.Notify();
        }
    }

    private InteractionHandle? Find(RestRequest request) =>
        state.InteractionsById.TryGetValue(request["interaction"], out var interaction) && interaction.Token == request["token"]
            ? interaction
            : null;

    private RestResponse Decide(InteractionHandle? interaction, JsonObject? body, string rawBody, long arrived, bool withResponse)
    {
        if (interaction?.DeliveredTimestamp is not { } delivered)
        {
            return DiscordErrors.UnknownInteraction();
        }

        if (body is null)
        {
            return string.IsNullOrWhiteSpace(rawBody)
                ? DiscordErrors.InvalidFormBody(new FormErrors().Add(["type"], "BASE_TYPE_REQUIRED", "This field is required").ToJson())
                : DiscordErrors.InvalidJson();
        }

        if (interaction.AckType is not null)
        {
            return DiscordErrors.AlreadyAcknowledged();
        }

        if (state.Clock.GetElapsedTime(delivered, arrived) > state.Options.CallbackWindow)
        {
            return DiscordErrors.UnknownInteraction();
        }

        if (CallbackValidator.Check(interaction.Type, body) is { } invalid)
        {
            return invalid;
        }

        var type = (int)body["type"]!;
        var data = body["data"] as JsonObject;
        interaction.Acknowledge(type, arrived);
        interaction.OriginalMessageState = MessageFactory.FromCallback(state, interaction, type, data);
        return withResponse ? RestResponse.Ok(CallbackResponse(interaction, type)) : RestResponse.NoContent();
    }

    private static JsonObject CallbackResponse(InteractionHandle interaction, int type)
    {
        var message = interaction.OriginalMessageState;
        var flags = message?["flags"] is JsonValue f && f.TryGetValue<long>(out var parsed) ? parsed : 0;
        var resource = new JsonObject { ["type"] = type };
        if (message is not null)
        {
            resource["message"] = message.DeepClone();
        }

        return new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = interaction.Id,
                ["type"] = interaction.Type,
                ["response_message_id"] = message?["id"]?.DeepClone(),
                ["response_message_loading"] = type == 5,
                ["response_message_ephemeral"] = (flags & 64) != 0,
            },
            ["resource"] = resource,
        };
    }

    private static JsonObject Unparsed(string body) => new() { ["_unparsed_body"] = body };
}
