namespace GovBot.FakeDiscord;

/// <summary>Lets tests wait for a condition on the fake's state without polling: every state change calls
/// <see cref="Notify"/>, which completes the waits whose condition has become true.</summary>
internal sealed class ConditionWaiters(object gate)
{
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiting = [];

    public async Task WaitAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (condition())
            {
                return;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((condition, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string state;
            lock (gate)
            {
                _waiting.RemoveAll(w => w.Done == done);
                state = describe();
            }

            throw new TimeoutException($"Fake Discord: timed out after {timeout.TotalSeconds:0.###} s waiting for {state}");
        }
    }

    public void Notify()
    {
        lock (gate)
        {
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Condition())
                {
                    _waiting[i].Done.TrySetResult();
                    _waiting.RemoveAt(i);
                }
            }
        }
    }
}
