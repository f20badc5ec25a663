using Microsoft.Extensions.Logging;

namespace GovBot.Discord;

/// <summary>Transport log lines. Routes are logged as templates so interaction tokens in paths never reach a log.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Connecting to the gateway ({Kind})")]
    public static partial void Connecting(ILogger logger, string kind);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Gateway ready: session established for application {ApplicationId}")]
    public static partial void Ready(ILogger logger, string applicationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Gateway session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Gateway connection ended ({Code} {Reason}); next: {Next}")]
    public static partial void ConnectionEnded(ILogger logger, int? code, string reason, string next);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "No heartbeat acknowledgement since the last beat; reconnecting to resume")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Critical, Message = "Discord refused the connection for good ({Code}: {Meaning}); the bot stops. {Advice}")]
    public static partial void Fatal(ILogger logger, int code, string meaning, string advice);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Gateway connection failed ({Reason}); retrying in {DelayMs:0} ms")]
    public static partial void ConnectFailed(ILogger logger, string reason, double delayMs);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Identify budget exhausted; waiting {DelayMs} ms for the window to reset")]
    public static partial void IdentifyBudget(ILogger logger, double delayMs);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "REST {Route} answered {Status}; retrying in {DelayMs} ms (attempt {Attempt})")]
    public static partial void RestRetry(ILogger logger, string route, int status, double delayMs, int attempt);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "REST {Route} rate limited (global: {Global}); waiting {DelayMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, bool global, double delayMs);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Registered {Count} commands ({Scope})")]
    public static partial void Registered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Commands unchanged since the last registration ({Scope}); not registering again")]
    public static partial void RegistrationUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Error, Message = "Command registration failed")]
    public static partial void RegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Error, Message = "Interaction {InteractionId} ({Command}) failed")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, string interactionId, string command);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Debug, Message = "Interaction {InteractionId} ({Command}) answered with type {Type} after {ElapsedMs:0.0} ms")]
    public static partial void InteractionAnswered(ILogger logger, string interactionId, string command, int type, double elapsedMs);

    [LoggerMessage(EventId = 2032, Level = LogLevel.Warning, Message = "Interaction {InteractionId} could not be parsed")]
    public static partial void InteractionUnreadable(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "Rejected an HTTP interaction with a missing or invalid signature")]
    public static partial void BadSignature(ILogger logger);
}
