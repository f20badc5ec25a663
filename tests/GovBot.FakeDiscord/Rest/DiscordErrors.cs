using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Discord's JSON error bodies (<c>{message, code}</c>, plus <c>errors</c> for 50035), with the statuses
/// Discord pairs them with.</summary>
internal static class DiscordErrors
{
    public static RestResponse Unauthorized() => Error(401, 0, "401: Unauthorized");

    public static RestResponse NotFound() => Error(404, 0, "404: Not Found");

    public static RestResponse MethodNotAllowed() => Error(405, 0, "405: Method Not Allowed");

    public static RestResponse UnknownInteraction() => Error(404, 10062, "Unknown interaction");

    public static RestResponse UnknownWebhook() => Error(404, 10015, "Unknown Webhook");

    public static RestResponse UnknownMessage() => Error(404, 10008, "Unknown Message");

    public static RestResponse AlreadyAcknowledged() => Error(400, 40060, "Interaction has already been acknowledged.");

    public static RestResponse MissingAccess() => Error(403, 50001, "Missing Access");

    public static RestResponse EmptyMessage() => Error(400, 50006, "Cannot send an empty message");

    public static RestResponse InvalidJson() => Error(400, 50109, "The request body contains invalid JSON.");

    public static RestResponse BadUserAgent() =>
        Error(400, 0, "User-Agent must start with \"DiscordBot\", e.g. DiscordBot ($url, $versionNumber).");

    public static RestResponse InvalidFormBody(JsonObject errors) => new(400, new JsonObject
    {
        ["message"] = "Invalid Form Body",
        ["code"] = 50035,
        ["errors"] = errors,
    });

    public static RestResponse InvalidFormBody(string code, string message) =>
        InvalidFormBody(new FormErrors().Add([], code, message).ToJson());

    public static RestResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });
}
