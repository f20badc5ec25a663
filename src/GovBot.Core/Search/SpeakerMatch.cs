namespace GovBot.Core.Search;

/// <summary>A candidate for a typed name; <see cref="Score"/> is 1 for an exact name and lower for partial or misspelt ones.</summary>
public sealed record SpeakerMatch(string SpeakerId, string Name, double Score);
