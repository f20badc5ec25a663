namespace GovBot.Core.Domain;

/// <summary>One person across all articles: derived from the articles that quote them.</summary>
public sealed class Speaker
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<SpeakerRole> Roles { get; set; } = [];
}
