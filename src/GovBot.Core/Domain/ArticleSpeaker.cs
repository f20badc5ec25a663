namespace GovBot.Core.Domain;

/// <summary>A person as one article describes them; profiles are aggregated from these.</summary>
public sealed class ArticleSpeaker
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? Country { get; set; }
    public List<string> Aliases { get; set; } = [];
}
