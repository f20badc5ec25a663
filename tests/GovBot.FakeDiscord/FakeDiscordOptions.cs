namespace GovBot.FakeDiscord;

/// <summary>How the fake Discord behaves; every default matches real Discord unless a test needs it faster.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The only bot token accepted on REST (<c>Authorization: Bot …</c>) and in Identify/Resume.</summary>
    public string Token { get; set; } = "MTAwMDAwMDAwMDAwMDAwMDAx.fake.token";

    /// <summary>Sent in Hello. Milliseconds because that is the unit on the wire.</summary>
    public int HeartbeatIntervalMs { get; set; } = 1000;

    /// <summary>The application (and bot user) id; realistic 19-digit snowflake because clients route on <c>\d{17,19}</c>.</summary>
    public string ApplicationId { get; set; } = "1000000000000000001";

    /// <summary>Identifies left today (<c>session_start_limit.remaining</c>); each accepted Identify spends one. At zero an
    /// Identify is refused with 4004, as Discord resets the token of a bot that exhausts the budget.</summary>
    public int IdentifyBudget { get; set; } = 1000;

    /// <summary>How long after delivery the first interaction callback is accepted (Discord: 3 s).</summary>
    public TimeSpan CallbackWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long after delivery the interaction token works for @original edits and followups (Discord: 15 min).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A connection that neither identifies nor resumes within this time after Hello is closed with 4003.</summary>
    public TimeSpan IdentifyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After op 9 the fake closes the socket itself if the client has neither closed it nor authenticated again
    /// within this time (4009 when the session is gone, 4000 when it may be resumed).</summary>
    public TimeSpan InvalidSessionCloseDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Client payloads allowed per connection per 60 s before close 4008 (Discord: 120, heartbeats included).</summary>
    public int GatewayPayloadsPerMinute { get; set; } = 120;

    /// <summary>Clock for recorded timestamps and the interaction windows, so a test can move time with a fake clock.
    /// Socket timers (Hello timeout, close grace) and rate-limit headers always run on real time.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
