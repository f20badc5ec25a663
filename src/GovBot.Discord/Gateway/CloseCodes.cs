namespace GovBot.Discord.Gateway;

/// <summary>What each gateway close code means for the next step (Discord's "reconnect" column, plus our own 4200).</summary>
internal static class CloseCodes
{
    /// <summary>We close with this when we mean to resume: 1000/1001 would end the session.</summary>
    public const int Resumable = 4200;

    public static bool IsFatal(int code) => code is 4004 or 4010 or 4011 or 4012 or 4013 or 4014;

    /// <summary>Codes after which the session cannot be resumed and a fresh Identify is needed.</summary>
    public static bool NeedsNewSession(int code) => code is 1000 or 4003 or 4005 or 4007 or 4008 or 4009;

    public static string Meaning(int code) => code switch
    {
        4004 => "authentication failed",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents",
        _ => "closed",
    };

    public static string Advice(int code) => code switch
    {
        4004 => "Check Discord__Token: the token was rejected (it may have been reset).",
        4010 or 4011 => "Check Discord__ShardId and Discord__ShardCount.",
        4013 or 4014 => "GovBot needs no privileged intents; this build sent intents Discord refused.",
        _ => "See Discord's gateway close codes.",
    };
}
