using GovBot.Core.Commands;

namespace GovBot.Discord.Tests;

/// <summary>A command whose answer the test controls: immediate, held until released, or failing.</summary>
internal sealed class ControlledCommand(string name, int fields = 1) : ISlashCommand
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; init; }
    public bool Fail { get; init; }
    public bool Moderator { get; init; }
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CommandDefinition Definition => new(name, "test command", [new CommandOption("query", "q", CommandOptionType.String) { Autocomplete = true }])
    {
        ModeratorOnly = Moderator,
    };

    public void Release() => release.TrySetResult();

    public CommandReply Execute(CommandInput input)
    {
        Started.TrySetResult();
        if (Hold)
        {
            release.Task.Wait(TimeSpan.FromSeconds(10));
        }

        if (Fail)
        {
            throw new InvalidOperationException("handler exploded");
        }

        return CommandCatalog.Reply(fields) with { Title = $"{name}: {input.Get("query")}" };
    }

    public IReadOnlyList<CommandChoice> Suggest(string option, string typed) =>
        Enumerable.Range(0, 40).Select(i => new CommandChoice($"{typed} {i} " + new string('x', 120), $"v{i}")).ToList();
}
