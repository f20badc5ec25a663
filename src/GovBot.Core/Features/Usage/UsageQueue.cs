using System.Threading.Channels;
using GovBot.Core.Domain;

namespace GovBot.Core.Features.Usage;

/// <summary>
/// Usage events waiting for the background writer, so an answer never waits on a database write. Bounded, so a flood
/// cannot grow memory without limit: when it is full (or closed at shutdown) the caller writes the event itself, and
/// nothing is dropped.
/// </summary>
public sealed class UsageQueue
{
    public const int DefaultCapacity = 10_000;

    private readonly Channel<UsageEvent> channel;
    private readonly object gate = new(); // a Monitor, not a Lock: waiters use Monitor.Wait
    private long enqueued;
    private long handled;

    public UsageQueue(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        channel = Channel.CreateBounded<UsageEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>False when the queue is full or closed; the event was not taken and the caller must store it.</summary>
    public bool TryEnqueue(UsageEvent usage)
    {
        lock (gate)
        {
            // Counted under the lock so a reader of the count never sees an event it cannot yet wait for.
            if (!channel.Writer.TryWrite(usage))
            {
                return false;
            }

            enqueued++;
            return true;
        }
    }

    /// <summary>The writer reports a batch as done (stored, or given up on and logged).</summary>
    public void MarkHandled(int count)
    {
        lock (gate)
        {
            handled += count;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>
    /// Waits until every event queued before this call is handled, so a reader of the store (usage statistics) sees
    /// what was just recorded. False if that took longer than <paramref name="timeout"/>.
    /// </summary>
    public bool WaitUntilHandled(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (gate)
        {
            var target = enqueued;
            while (handled < target)
            {
                var left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }

                Monitor.Wait(gate, TimeSpan.FromMilliseconds(left));
            }

            return true;
        }
    }

    /// <summary>No more events are taken; the writer stores what is queued and then finishes.</summary>
    public void Close() => channel.Writer.TryComplete();

    public ChannelReader<UsageEvent> Reader => channel.Reader;
}
