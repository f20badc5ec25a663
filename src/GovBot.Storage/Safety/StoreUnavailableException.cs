namespace GovBot.Storage.Safety;

/// <summary>
/// The store at <see cref="Path"/> cannot be used. The message is one sentence an operator can act on; it names the
/// path and never holds secrets, so it is safe to print as it is.
/// </summary>
public sealed class StoreUnavailableException(StoreProblem problem, string path, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public StoreProblem Problem { get; } = problem;

    public string Path { get; } = path;

    /// <summary>2 for a setting that points at the wrong thing, 3 for a failure at run time (the README's exit codes).</summary>
    public int ExitCode => Problem is StoreProblem.NotAStore or StoreProblem.WrittenByNewerVersion ? 2 : 3;
}
