namespace GovBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 payloads per 60 s (heartbeats included). It budgets a little less,
/// as discord.js does, so a burst never trips the 4008 disconnect.
/// </summary>
internal sealed class SendLimiter(TimeProvider time, int budget = 115, TimeSpan? window = null)
{
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly TimeSpan window = window ?? TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WaitAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < budget)
                {
                    sent.Enqueue(now);
                    return;
                }

                await Task.Delay(window - (now - sent.Peek()), time, ct);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
