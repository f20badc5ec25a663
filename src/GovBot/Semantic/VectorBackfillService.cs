using GovBot.Search.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovBot.Semantic;

/// <summary>
/// In the bot, loads the sentence model and encodes the statements that have no vector yet (new imports, changed
/// extraction, a stale or missing shipped file) in the background, so the bot answers at once: by words until the
/// model is loaded, and by meaning for every statement as soon as its vector exists.
/// </summary>
public sealed partial class VectorBackfillService(StatementVectors vectors, TimeProvider time, ILogger<VectorBackfillService> logger) : BackgroundService
{
    /// <summary>How often to look for statements imported since (an import through Discord adds some).</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before anything is asked: questions must not wait for the model to load.
        vectors.WaitForModel = false;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: ExecuteAsync runs synchronously until its first await.
        await Task.Yield();
        try
        {
            var started = time.GetTimestamp();
            await Task.Run(() => vectors.LoadModel(stoppingToken), stoppingToken);
            LogModelLoaded(logger, vectors.ModelId, time.GetElapsedTime(started).TotalSeconds);
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                if (vectors.PendingCount > 0)
                {
                    started = time.GetTimestamp();
                    var encoded = await Task.Run(() => vectors.EmbedPending(stoppingToken), stoppingToken);
                    LogEncoded(logger, encoded, time.GetElapsedTime(started).TotalSeconds);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Answers by words still work; only answers by meaning are missing for the statements without vectors.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Sentence model {Model} loaded in {Seconds:0.0} s")]
    private static partial void LogModelLoaded(ILogger logger, string model, double seconds);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Encoded {Count} passages in {Seconds:0.0} s")]
    private static partial void LogEncoded(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Encoding statements failed; answers by meaning cover only statements encoded before")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
