using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GovBot.Discord.Tests;

/// <summary>Keeps every log line written through it, formatted, so tests can check what an operator would read.</summary>
internal sealed class LogCapture : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Message)> lines = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> waiters = new();

    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Lines => lines.ToArray();

    public IReadOnlyList<string> WithEvent(int eventId) => lines.Where(l => l.EventId == eventId).Select(l => l.Message).ToList();

    /// <summary>Completes when a line with this event id has been written (at once if one already was).</summary>
    public Task WaitForAsync(int eventId, TimeSpan timeout)
    {
        var seen = waiters.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (lines.Any(l => l.EventId == eventId))
        {
            seen.TrySetResult();
        }

        return seen.Task.WaitAsync(timeout);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private void Add(int eventId, LogLevel level, string message)
    {
        lines.Enqueue((eventId, level, message));
        if (waiters.TryGetValue(eventId, out var seen))
        {
            seen.TrySetResult();
        }
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Add(eventId.Id, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
