using GovBot.Hosting;
using GovBot.Search.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovBot.Semantic;

/// <summary>
/// In the bot, loads the sentence model when first needed (a question, or statements without a vector) and encodes the
/// statements that have none yet (new imports, changed extraction, a stale or missing shipped file) in the background,
/// so the bot answers at once: by words until the model is loaded, and by meaning for every statement once its vector exists.
/// </summary>
public sealed partial class VectorBackfillService(StatementVectors vectors, TimeProvider time, ILogger<VectorBackfillService> logger) : BackgroundService
{
    private bool loaded;

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
            while (!stoppingToken.IsCancellationRequested)
            {
                if (vectors.PendingCount > 0 || vectors.ModelWanted)
                {
                    await Task.Run(() => Work(stoppingToken), stoppingToken);
                }

                await vectors.WaitForWorkAsync(stoppingToken);
            }
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

    private void Work(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        var loading = !loaded;
        if (loading)
        {
            vectors.LoadModel(stoppingToken);
            loaded = true;
            LogModelLoaded(logger, vectors.ModelId, time.GetElapsedTime(started).TotalSeconds);
            started = time.GetTimestamp();
        }

        var encoded = vectors.EmbedPending(stoppingToken);
        if (encoded > 0)
        {
            LogEncoded(logger, encoded, time.GetElapsedTime(started).TotalSeconds);
        }

        // Loading the model and encoding a backlog leave their working buffers behind. A full compacting collection pauses
        // answers on a large store, so a moderator's single import does not earn one.
        if (loading || encoded >= LargeBacklog)
        {
            StartupMemory.Release();
        }
    }

    private const int LargeBacklog = 1000;

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Sentence model {Model} loaded in {Seconds:0.0} s")]
    private static partial void LogModelLoaded(ILogger logger, string model, double seconds);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Encoded {Count} passages in {Seconds:0.0} s")]
    private static partial void LogEncoded(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Encoding statements failed; answers by meaning cover only statements encoded before")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
