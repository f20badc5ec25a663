namespace GovBot.FakeDiscord.Rest;

/// <summary>Failures a test asked for with <see cref="FakeDiscordServer.FailNextRequests"/>, taken in the order they
/// were scripted by the next requests whose path starts with their prefix.</summary>
internal sealed class ScriptedFailures
{
    private readonly List<Failure> _pending = [];

    public void Add(string pathPrefix, int status, double retryAfterSeconds, bool global, int count)
    {
        lock (_pending)
        {
            _pending.Add(new Failure(pathPrefix, status, retryAfterSeconds, global) { Remaining = count });
        }
    }

    public Failure? TryTake(string path)
    {
        lock (_pending)
        {
            var failure = _pending.FirstOrDefault(f => path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (failure is null)
            {
                return null;
            }

            if (--failure.Remaining == 0)
            {
                _pending.Remove(failure);
            }

            return failure;
        }
    }

    internal sealed record Failure(string PathPrefix, int Status, double RetryAfterSeconds, bool Global)
    {
        public int Remaining { get; set; }
    }
}
