using GovBot.Health;

namespace GovBot.Cli.Verbs;

public sealed class HealthVerb : IVerb
{
    public const int Unhealthy = 1;

    public string Name => "health";
    public string Usage => "health";
    public string Description => "exit 0 if the running bot's heartbeat is fresh, 1 if not (for container health checks)";

    public Task<int> RunAsync(ArgReader args, VerbContext context)
    {
        var heartbeat = context.Get<HeartbeatFile>();
        var age = heartbeat.Age();
        if (age is null)
        {
            context.Out.WriteLine($"unhealthy: no heartbeat at {heartbeat.Path} (the bot is not connected)");
            return Task.FromResult(Unhealthy);
        }

        var fresh = heartbeat.IsFresh();
        context.Out.WriteLine($"{(fresh ? "healthy" : "unhealthy")}: last heartbeat {age.Value.TotalSeconds:0} s ago");
        return Task.FromResult(fresh ? ExitCodes.Ok : Unhealthy);
    }
}
