using GovBot.Core.Commands;
using GovBot.Core.Domain;
using Microsoft.Extensions.Logging;

namespace GovBot.Core.Features.Usage;

/// <summary>
/// Runs a handler, times it, records a usage event and turns a failure into a polite reply. Every surface (terminal,
/// Discord) goes through here so usage is recorded the same way. With a <see cref="UsageQueue"/> (the bot) the event is
/// handed to a background writer so the answer does not wait on the store; without one (a terminal verb that exits
/// right after) it is written at once.
/// </summary>
public sealed partial class CommandRunner(IUsageLog usage, TimeProvider time, ILogger<CommandRunner> logger, UserIdHasher? users = null, UsageQueue? queue = null)
{
    public CommandReply Run(string surface, string command, string options, Func<CommandReply> handler) =>
        Run(surface, command, options, CommandCaller.Terminal, handler);

    public CommandReply Run(string surface, string command, string options, CommandCaller caller, Func<CommandReply> handler)
    {
        var started = time.GetTimestamp();
        CommandReply reply;
        try
        {
            reply = handler();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, command);
            reply = CommandReply.Message(ReplyOutcome.Error, "Something went wrong",
                "I could not answer that. The error has been logged; please try again or rephrase.");
        }

        var elapsed = time.GetElapsedTime(started);
        Record(surface, command, options, caller, reply.Outcome.ToString(), reply.ResultCount, Math.Round(elapsed.TotalMilliseconds, 3));
        LogAnswered(logger, command, reply.Outcome, reply.ResultCount, elapsed.TotalMilliseconds);
        return reply;
    }

    /// <summary>Records a call that was refused before any handler ran (for example a non-moderator).</summary>
    public void RecordRefusal(string surface, string command, string options, CommandCaller caller)
    {
        Record(surface, command, options, caller, UsageOutcomes.Refused, 0, 0);
        LogRefused(logger, command, caller.GuildId ?? "DM");
    }

    private void Record(string surface, string command, string options, CommandCaller caller, string outcome, int resultCount, double latencyMs)
    {
        var usageEvent = new UsageEvent
        {
            TimeUtc = time.GetUtcNow().UtcDateTime,
            Surface = surface,
            GuildId = caller.GuildId,
            ChannelId = caller.ChannelId,
            User = users?.Protect(caller.UserId),
            Command = command,
            Options = options.Length > 500 ? options[..500] : options,
            Outcome = outcome,
            ResultCount = resultCount,
            LatencyMs = latencyMs,
        };
        if (queue?.TryEnqueue(usageEvent) == true)
        {
            return;
        }

        try
        {
            usage.Record(usageEvent);
        }
        catch (Exception ex)
        {
            // A usage row is never worth losing the user's answer over.
            LogUsageFailed(logger, ex, command);
        }
    }

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Refused {Command} for a caller without moderator rights in {Guild}")]
    private static partial void LogRefused(ILogger logger, string command, string guild);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Command {Command} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string command);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Could not record usage for {Command}")]
    private static partial void LogUsageFailed(ILogger logger, Exception ex, string command);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Command {Command} answered {Outcome} with {Count} results in {ElapsedMs:0.0} ms")]
    private static partial void LogAnswered(ILogger logger, string command, ReplyOutcome outcome, int count, double elapsedMs);
}
