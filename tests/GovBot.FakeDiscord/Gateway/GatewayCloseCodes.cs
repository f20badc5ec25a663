namespace GovBot.FakeDiscord.Gateway;

/// <summary>Gateway close codes the fake sends, and which endings cost the client its session.</summary>
internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSeq = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;

    /// <summary>A client closing with 1000/1001 ends its session (Discord shows the bot offline and refuses a resume);
    /// the server closing with a code whose documented remedy is "start a new session" ends it too.</summary>
    public static bool EndsSession(int? code, bool byClient) => byClient
        ? code is 1000 or 1001
        : code is 4003 or 4004 or 4005 or 4007 or 4008 or 4009 or 4010 or 4011 or 4012 or 4013 or 4014;
}
