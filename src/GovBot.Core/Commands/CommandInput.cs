namespace GovBot.Core.Commands;

/// <summary>What a user typed, already taken out of the transport's payload.</summary>
public sealed record CommandInput(IReadOnlyDictionary<string, string> Options)
{
    public CommandCaller Caller { get; init; } = CommandCaller.Terminal;

    /// <summary>Cancelled when the interaction is abandoned (shutdown), so slow work such as a fetch stops with it.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The key under which the transport puts the chosen subcommand's name.</summary>
    public const string SubcommandKey = "subcommand";

    public string? Subcommand => Get(SubcommandKey);

    public string? Get(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public int? GetInt(string name) =>
        int.TryParse(Get(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The options as one readable line for usage logs.</summary>
    public string Describe() => string.Join(' ', Options.Where(o => !string.IsNullOrWhiteSpace(o.Value)).Select(o => $"{o.Key}:{o.Value}"));
}
