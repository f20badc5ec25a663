using Microsoft.Extensions.Logging;

namespace GovBot.Discord.Http;

/// <summary>Why the interactions endpoint refused a request. Never the body or the interaction token.</summary>
internal static partial class HttpEndpointLog
{
    [LoggerMessage(EventId = 2041, Level = LogLevel.Warning, Message = "Rejected an HTTP interaction with 413: {Reason}")]
    public static partial void TooLarge(ILogger logger, string reason);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Warning, Message = "Rejected an HTTP interaction with 401: {Problem}")]
    public static partial void BadTimestamp(ILogger logger, string problem);

    [LoggerMessage(EventId = 2043, Level = LogLevel.Warning, Message = "Rejected a correctly signed HTTP interaction with 400: {Problem}")]
    public static partial void Malformed(ILogger logger, string problem);

    [LoggerMessage(EventId = 2044, Level = LogLevel.Error, Message = "HTTP interaction {InteractionId} had no first response within {Seconds} s; answered 500")]
    public static partial void NoFirstResponse(ILogger logger, string interactionId, int seconds);

    [LoggerMessage(EventId = 2045, Level = LogLevel.Warning, Message = "Rejected an HTTP interaction with {Status}: the request body could not be read ({Reason})")]
    public static partial void Unreadable(ILogger logger, int status, string reason);
}
