namespace GovBot.Discord.Gateway;

/// <summary>The exit code the process should end with when the gateway gave up for good (a fatal close code).</summary>
public sealed class GatewayExit
{
    public const int FatalCode = 3;

    public int? Code { get; set; }
}
