namespace GovBot.Core.Domain;

/// <summary>A title held by a speaker, with the first and last dates an article shows it.</summary>
public sealed class SpeakerRole
{
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? Country { get; set; }
    public string? FirstSeen { get; set; }
    public string? LastSeen { get; set; }
}
