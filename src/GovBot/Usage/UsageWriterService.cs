using GovBot.Core.Domain;
using GovBot.Core.Features.Usage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovBot.Usage;

/// <summary>
/// Drains the <see cref="UsageQueue"/> into the store in batches, off the path of any answer. At shutdown the queue is
/// closed and everything in it is written before the service reports stopped, so SIGTERM loses no event; it is registered
/// before the Discord transport, so it stops after the transport has finished its in-flight answers.
/// </summary>
public sealed partial class UsageWriterService(UsageQueue queue, IUsageLog usage, ILogger<UsageWriterService> logger) : IHostedService
{
    public const int MaxBatch = 256;

    private Task? draining;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not tied to a stopping token: the loop ends when the queue is closed and empty, never with events left in it.
        draining = Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        if (draining is not null)
        {
            await draining.WaitAsync(cancellationToken);
        }
    }

    private async Task DrainAsync()
    {
        var reader = queue.Reader;
        var batch = new List<UsageEvent>(MaxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            Write(batch);
            queue.MarkHandled(batch.Count);
            batch.Clear();
        }
    }

    private void Write(List<UsageEvent> batch)
    {
        try
        {
            usage.RecordMany(batch);
        }
        catch (Exception ex)
        {
            // One bad batch must not stop the writer; the events are reported so the loss is visible.
            LogBatchFailed(logger, ex, batch.Count);
        }
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Error, Message = "Could not store {Count} usage events")]
    private static partial void LogBatchFailed(ILogger logger, Exception ex, int count);
}
