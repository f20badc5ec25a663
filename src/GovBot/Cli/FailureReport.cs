using GovBot.Storage.Safety;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GovBot.Cli;

/// <summary>
/// The one place that turns a failure of the store, the disk or the configuration into one sentence and an exit
/// code, for the terminal verbs and the bot's start alike. The stack trace is printed only when debug logging is on.
/// </summary>
public static class FailureReport
{
    /// <summary>Writes the sentence and returns the exit code.</summary>
    public static int Write(Exception exception, IConfiguration configuration, TextWriter error)
    {
        int code;
        switch (exception)
        {
            case OptionsValidationException invalid:
                error.WriteLine($"GovBot: the configuration is not valid: {string.Join(" ", invalid.Failures)}");
                code = ExitCodes.Usage;
                break;
            case InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                error.WriteLine($"GovBot: the configuration is not valid: {binding.Message}");
                code = ExitCodes.Usage;
                break;
            case var e when StoreFailures.IsStoreFailure(e):
                var failure = StoreFailures.Describe(e, StorePath(configuration));
                error.WriteLine("GovBot: " + failure.Message);
                code = failure.ExitCode;
                break;
            case OperationCanceledException:
                error.WriteLine("GovBot: stopped before it finished; what was stored before stays stored.");
                code = ExitCodes.Failure;
                break;
            default:
                error.WriteLine($"GovBot: something went wrong ({exception.GetType().Name}: {exception.Message.Split('\n', 2)[0].Trim()}). " +
                    "Set Logging__LogLevel__Default=Debug to see the details.");
                code = ExitCodes.Failure;
                break;
        }

        if (IsDebug(configuration))
        {
            error.WriteLine(exception.ToString());
        }

        return code;
    }

    /// <summary>The store path as configured, made absolute, for messages about failures that did not carry it.</summary>
    public static string StorePath(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:Path"] is { Length: > 0 } path ? path : "govbot.db");

    private static bool IsDebug(IConfiguration configuration) =>
        configuration["Logging:LogLevel:Default"] is { } level &&
        (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));
}
