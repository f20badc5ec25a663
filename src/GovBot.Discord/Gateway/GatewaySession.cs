namespace GovBot.Discord.Gateway;

/// <summary>What survives a dropped connection so that the next one can resume instead of identifying again.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; set; }
    public Uri? ResumeUrl { get; set; }
    public int? Sequence { get; set; }
    public string? ApplicationId { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
