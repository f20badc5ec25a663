namespace GovBot.Core.Analysis;

public sealed record ExtractedSpeaker(
    string Name,
    string? Title,
    string? Organization,
    string? Country,
    IReadOnlyList<string> Aliases);
